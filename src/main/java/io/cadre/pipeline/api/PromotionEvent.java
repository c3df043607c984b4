package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;

/** A fact about one promotion case, effective from a date; who and why travel in the event's metadata. */
public sealed interface PromotionEvent permits PromotionNominated, PromotionCalibrating, PromotionDecided, PromotionWithdrawn {

    /** The case the fact is about. */
    UUID promotionId();

    /** The date from which the fact holds. */
    LocalDate effectiveDate();
}
