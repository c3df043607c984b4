package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A frozen position was approved again. */
@Revision("1")
public record PositionUnfrozen(UUID positionId, LocalDate effectiveDate) implements PositionEvent {
}
