package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.UUID;

/** A planned change the live org no longer allows, with the live fact that breaks it. */
public record ScenarioConflict(UUID changeId, PlannedChangeType type, LocalDate effectiveDate, String problem) {
}
