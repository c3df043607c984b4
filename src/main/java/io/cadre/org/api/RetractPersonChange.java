package io.cadre.org.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retract one recorded change of a person: every view as effective folds the person as if it had never been made. */
@SentBy({Role.ADMIN, Role.HR})
public record RetractPersonChange(@TargetAggregateIdentifier @NotNull UUID personId, @NotNull UUID eventId) {
}
