package io.cadre.planning.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The owner team recorded where a key result stood on a date, and how confident it is of reaching the target. */
@Revision("1")
public record CheckInRecorded(UUID objectiveId, UUID keyResultId, BigDecimal value, Confidence confidence, String note,
                              LocalDate effectiveDate) implements ObjectiveEvent {
}
