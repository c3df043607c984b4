package io.cadre.planning.api;

import java.time.Instant;
import java.util.UUID;

/** A change of a scenario as listed: its id, where it stands, who planned it and when, and the change. */
public record PlannedChangeDetails(UUID id, PlannedChangeStatus status, String plannedBy, Instant plannedAt, PlannedChange change) {
}
