package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;

/** A fact about one position, effective from a date; who and why travel in the event's metadata. */
public sealed interface PositionEvent permits PositionOpened, PositionApproved, PositionFrozen, PositionUnfrozen,
        PositionCancelled, PositionFilled {

    /** The position the fact is about. */
    UUID positionId();

    /** The date from which the fact holds. */
    LocalDate effectiveDate();
}
