package io.cadre.org.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** One recorded change: when it was recorded, from when it holds, who made it, why, what it set, and its event's id. */
public record HistoryEntry(Instant recordedAt, LocalDate effectiveDate, String type, String actor, String reason, Map<String, Object> details,
                           String eventId) {
}
