package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An open position was given up; it will not be filled. */
@Revision("1")
public record PositionCancelled(UUID positionId, LocalDate effectiveDate) implements PositionEvent {
}
