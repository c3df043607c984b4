package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A position as it stands, its age in days (until today, or until it was filled or cancelled), its time to fill in days (from
 * approval to the start date of the hire that filled it; null until filled) and, for one position, its transitions.
 */
public record PositionDetails(UUID id, UUID teamId, String level, Integer ladderVersion, String title, UUID managerId,
                           LocalDate targetStart, PositionStatus status, LocalDate openedOn, LocalDate approvedOn,
                           LocalDate filledOn, UUID filledBy, UUID filledByCandidate, LocalDate cancelledOn, long ageDays,
                           Long timeToFillDays, long version, List<PositionChange> changes) {
}
