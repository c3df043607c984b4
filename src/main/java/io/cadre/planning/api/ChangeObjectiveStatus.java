package io.cadre.planning.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Move an objective to another status: commit a draft, close it as achieved, missed or dropped, or reopen it. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record ChangeObjectiveStatus(
        @TargetAggregateIdentifier @NotNull UUID objectiveId,
        @NotNull ObjectiveStatus status,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        @TargetAggregateVersion Long expectedVersion) implements ObjectiveCommand {
}
