package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The hire of an accepted candidate was refused by the organisation's rules or the position's status, for the reason given. */
@Revision("1")
public record CandidateHireRefused(UUID candidateId, UUID positionId, String problem, LocalDate effectiveDate)
        implements CandidateEvent {
}
