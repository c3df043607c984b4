package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An approved position was put on hold: no offer may be accepted for it until it is unfrozen. */
@Revision("1")
public record PositionFrozen(UUID positionId, LocalDate effectiveDate) implements PositionEvent {
}
