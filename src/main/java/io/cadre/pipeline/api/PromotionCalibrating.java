package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A promotion case was taken into a calibration session. */
@Revision("1")
public record PromotionCalibrating(UUID promotionId, UUID sessionId, LocalDate effectiveDate) implements PromotionEvent {
}
