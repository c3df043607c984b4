package io.cadre.planning.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Put an objective under an objective of a team higher up, or (parent null) take it out from under one. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record AlignObjective(
        @TargetAggregateIdentifier @NotNull UUID objectiveId,
        UUID parentId,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        @TargetAggregateVersion Long expectedVersion) implements ObjectiveCommand {
}
