package io.cadre.ladder.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Start a ladder with a first draft; its code must be new. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record CreateLadder(@NotNull UUID ladderId, @NotNull LadderContent content) {
}
