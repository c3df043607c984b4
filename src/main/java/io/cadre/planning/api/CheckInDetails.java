package io.cadre.planning.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One check-in of a key result: its date, value, confidence and note, who recorded it and when. */
public record CheckInDetails(LocalDate date, BigDecimal value, Confidence confidence, String note, String actor, Instant recordedAt) {
}
