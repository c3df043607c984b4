package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An objective named a position it needs filled. */
@Revision("1")
public record NeededPositionAdded(UUID objectiveId, UUID positionId, LocalDate effectiveDate) implements ObjectiveEvent {
}
