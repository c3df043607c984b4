package io.cadre.planning.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Name a position (headcount slot of the pipeline) that an objective needs filled. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record AddNeededPosition(
        @TargetAggregateIdentifier @NotNull UUID objectiveId,
        @NotNull UUID positionId,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        @TargetAggregateVersion Long expectedVersion) implements ObjectiveCommand {
}
