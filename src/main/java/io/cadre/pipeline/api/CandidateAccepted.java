package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A candidate accepted the offer for an approved position: they are to be hired as the person named, into the position's
 * team, level, title and manager as they stood at acceptance, from the start date.
 */
@Revision("1")
public record CandidateAccepted(UUID candidateId, UUID positionId, UUID personId, UUID teamId, String level, String title,
                                UUID managerId, LocalDate startDate, LocalDate effectiveDate) implements CandidateEvent {
}
