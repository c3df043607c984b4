package io.cadre.pipeline.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Link an accepted candidate to the person they were hired as (sent by the hiring process). */
public record RecordHire(@TargetAggregateIdentifier @NotNull UUID candidateId, @NotNull UUID personId) {
}
