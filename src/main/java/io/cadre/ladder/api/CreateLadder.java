package io.cadre.ladder.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Start a ladder with a first draft; its code must be new. */
public record CreateLadder(@NotNull UUID ladderId, @NotNull LadderContent content) {
}
