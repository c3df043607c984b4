package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A candidate was added to a position, at the stage SOURCED; where they came from is kept, their name and email are not. */
@Revision("1")
public record CandidateAdded(UUID candidateId, UUID positionId, String source, LocalDate effectiveDate) implements CandidateEvent {
}
