package io.cadre.pipeline.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Link an accepted candidate to the person they were hired as (sent by the hiring process). */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record RecordHire(@TargetAggregateIdentifier @NotNull UUID candidateId, @NotNull UUID personId) implements CandidateCommand {
}
