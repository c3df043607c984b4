package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A promotion case was withdrawn before a decision. */
@Revision("1")
public record PromotionWithdrawn(UUID promotionId, LocalDate effectiveDate) implements PromotionEvent {
}
