package io.cadre.pipeline.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import io.cadre.shared.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Move a candidate to another stage; ACCEPTED takes the start date of the hire. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record MoveCandidate(
        @TargetAggregateIdentifier @NotNull UUID candidateId,
        @NotNull CandidateStage stage,
        @PlausibleDate LocalDate startDate,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        @TargetAggregateVersion Long expectedVersion) implements CandidateCommand {
}
