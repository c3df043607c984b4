package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A candidate moved from one stage to another (any stage but ACCEPTED, which has its own fact). */
@Revision("1")
public record CandidateMoved(UUID candidateId, UUID positionId, CandidateStage from, CandidateStage to, LocalDate effectiveDate)
        implements CandidateEvent {
}
