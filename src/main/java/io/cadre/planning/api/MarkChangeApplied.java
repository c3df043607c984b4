package io.cadre.planning.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Mark a planned change applied, once its live command was recorded. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record MarkChangeApplied(
        @TargetAggregateIdentifier @NotNull UUID scenarioId,
        @NotNull UUID changeId) {
}
