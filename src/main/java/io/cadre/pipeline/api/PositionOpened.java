package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A headcount slot was proposed for a team at a ladder level (judged against the recorded ladder version). */
@Revision("1")
public record PositionOpened(UUID positionId, UUID teamId, String level, Integer ladderVersion, String title, UUID managerId,
                             LocalDate targetStart, LocalDate effectiveDate) implements PositionEvent {
}
