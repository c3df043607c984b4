package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;

/** A fact about one person's succession plan, effective from a date; who and why travel in the event's metadata. */
public sealed interface SuccessionEvent permits SuccessionPlanned {

    /** The person whose role the plan covers. */
    UUID personId();

    /** The date from which the fact holds. */
    LocalDate effectiveDate();
}
