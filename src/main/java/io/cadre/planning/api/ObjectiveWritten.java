package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An objective was written, as a draft, for a team and a period, with its first key results. */
@Revision("1")
public record ObjectiveWritten(UUID objectiveId, UUID teamId, String period, String title, String description, UUID parentId,
                               UUID carriedFrom, List<KeyResult> keyResults, LocalDate effectiveDate) implements ObjectiveEvent {
}
