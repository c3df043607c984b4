package io.cadre.org.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retract one recorded change of a team: every view as effective folds the team as if it had never been made. */
@SentBy({Role.ADMIN, Role.HR})
public record RetractTeamChange(@TargetAggregateIdentifier @NotNull UUID teamId, @NotNull UUID eventId) {
}
