package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.UUID;

/** A fact about one objective, effective from a date. */
public interface ObjectiveEvent {

    /** The objective the fact is about. */
    UUID objectiveId();

    /** The date from which the fact holds. */
    LocalDate effectiveDate();
}
