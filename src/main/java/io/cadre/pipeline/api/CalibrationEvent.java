package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;

/** A fact about one calibration session; who and why travel in the event's metadata. */
public sealed interface CalibrationEvent permits CalibrationOpened, PromotionRecommended {

    /** The session the fact is about. */
    UUID sessionId();

    /** The date from which the fact holds. */
    LocalDate effectiveDate();
}
