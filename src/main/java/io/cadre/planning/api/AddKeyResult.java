package io.cadre.planning.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Add a key result to an objective; once it is committed, only with a reason. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record AddKeyResult(
        @TargetAggregateIdentifier @NotNull UUID objectiveId,
        @NotNull UUID keyResultId,
        @NotNull @Valid KeyResultDraft keyResult,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        @TargetAggregateVersion Long expectedVersion) implements ObjectiveCommand {
}
