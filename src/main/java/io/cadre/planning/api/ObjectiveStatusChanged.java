package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An objective moved from one status to another. */
@Revision("1")
public record ObjectiveStatusChanged(UUID objectiveId, ObjectiveStatus from, ObjectiveStatus to, LocalDate effectiveDate)
        implements ObjectiveEvent {
}
