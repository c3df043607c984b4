package io.cadre.planning.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a planned change out of its scenario; one already applied stays. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record DropPlannedChange(
        @TargetAggregateIdentifier @NotNull UUID scenarioId,
        @NotNull UUID changeId) {
}
