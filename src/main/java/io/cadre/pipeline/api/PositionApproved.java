package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A proposed position was approved: it may now be filled. */
@Revision("1")
public record PositionApproved(UUID positionId, LocalDate effectiveDate) implements PositionEvent {
}
