package io.cadre.pipeline.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record why the hire of an accepted candidate was refused (sent by the hiring process). */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record RecordHireRefusal(@TargetAggregateIdentifier @NotNull UUID candidateId, @NotBlank String problem,
                                @NotNull LocalDate effectiveDate) implements CandidateCommand {
}
