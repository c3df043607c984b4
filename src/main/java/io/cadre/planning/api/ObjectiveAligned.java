package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An objective was put under a parent objective of a team higher up, or (parent null) taken out from under one. */
@Revision("1")
public record ObjectiveAligned(UUID objectiveId, UUID parentId, LocalDate effectiveDate) implements ObjectiveEvent {
}
