package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A calibration session changed its recommendation for a case, from the earlier one (null for the first) to another. */
@Revision("1")
public record PromotionRecommended(UUID sessionId, UUID promotionId, Recommendation from, Recommendation to,
                                   LocalDate effectiveDate) implements CalibrationEvent {
}
