package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A person was nominated from their level to a target level (a PROMOTION or TRACK_SWITCH), judged against a ladder version. */
@Revision("1")
public record PromotionNominated(UUID promotionId, UUID personId, String fromLevel, String targetLevel, String kind,
                                 int ladderVersion, List<Evidence> evidence, LocalDate effectiveDate) implements PromotionEvent {
}
