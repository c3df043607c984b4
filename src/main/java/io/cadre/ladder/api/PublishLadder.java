package io.cadre.ladder.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Make the draft the ladder's next published version. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record PublishLadder(@TargetAggregateIdentifier @NotNull UUID ladderId, @TargetAggregateVersion Long expectedVersion) {
}
