package io.cadre.planning.api;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded change of an objective: when it was recorded, from when it holds, who made it, why, and what it did. */
public record ObjectiveChange(Instant recordedAt, LocalDate effectiveDate, String type, String actor, String reason, String summary) {
}
