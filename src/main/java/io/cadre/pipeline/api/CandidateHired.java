package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An accepted candidate was hired: they are the person named from their start date, which is this fact's date. */
@Revision("1")
public record CandidateHired(UUID candidateId, UUID positionId, UUID personId, LocalDate effectiveDate) implements CandidateEvent {
}
