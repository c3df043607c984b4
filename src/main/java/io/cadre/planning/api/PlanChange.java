package io.cadre.planning.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a change to a scenario; the org's rules have judged it over the scenario's org before it is sent. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record PlanChange(
        @TargetAggregateIdentifier @NotNull UUID scenarioId,
        @NotNull UUID changeId,
        @NotNull PlannedChange change) {
}
