package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;

/** A fact about one team or one person, effective from a date. */
public interface OrgEvent {

    /** The team or person the fact is about. */
    UUID subjectId();

    /** The date from which the fact holds. */
    LocalDate effectiveDate();
}
