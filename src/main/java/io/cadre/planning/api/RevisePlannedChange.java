package io.cadre.planning.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replace a change still planned by another, in its place in the scenario's order; the org's rules have judged the
 * new one over the scenario's org before it is sent.
 */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record RevisePlannedChange(
        @TargetAggregateIdentifier @NotNull UUID scenarioId,
        @NotNull UUID changeId,
        @NotNull PlannedChange change) {
}
