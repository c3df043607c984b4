package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A key result was reworded or retargeted: it now reads and measures as given. */
@Revision("1")
public record KeyResultRevised(UUID objectiveId, KeyResult keyResult, LocalDate effectiveDate) implements ObjectiveEvent {
}
