package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A promotion case was decided; when approved, the person holds the target level from the effective date. */
@Revision("1")
public record PromotionDecided(UUID promotionId, UUID personId, PromotionDecision decision, String targetLevel, int ladderVersion,
                               LocalDate effectiveDate) implements PromotionEvent {
}
