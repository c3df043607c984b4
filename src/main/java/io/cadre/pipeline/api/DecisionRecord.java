package io.cadre.pipeline.api;

import java.time.Instant;
import java.time.LocalDate;

/** The decision on a case, or its withdrawal: what, from when, why, by whom and when it was recorded. */
public record DecisionRecord(String decision, LocalDate effectiveDate, String reason, String actor, Instant at) {
}
