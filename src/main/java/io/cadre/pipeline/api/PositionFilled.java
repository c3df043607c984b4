package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An approved position was filled by the hire of one candidate, who became the person named, from their start date. */
@Revision("1")
public record PositionFilled(UUID positionId, UUID candidateId, UUID personId, LocalDate effectiveDate) implements PositionEvent {
}
