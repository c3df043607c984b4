package io.cadre.pipeline.api;

import java.time.Instant;
import java.time.LocalDate;

/** One transition of a position: the status it reached, from when, recorded when, by whom and why. */
public record PositionChange(PositionStatus status, LocalDate effectiveDate, Instant at, String actor, String reason) {
}
