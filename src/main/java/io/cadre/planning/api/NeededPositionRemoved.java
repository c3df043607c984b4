package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An objective no longer names a position as one it needs. */
@Revision("1")
public record NeededPositionRemoved(UUID objectiveId, UUID positionId, LocalDate effectiveDate) implements ObjectiveEvent {
}
