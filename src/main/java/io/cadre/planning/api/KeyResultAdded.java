package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A key result was added to an objective after it was written. */
@Revision("1")
public record KeyResultAdded(UUID objectiveId, KeyResult keyResult, LocalDate effectiveDate) implements ObjectiveEvent {
}
