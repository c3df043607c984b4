package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;

/** A change to one team or one person, effective from a date, optionally only on a known version of it. */
public interface OrgCommand {

    /** The team or person the command changes. */
    UUID subjectId();

    /** The date from which the change holds. */
    LocalDate effectiveDate();

    /** The version the caller last saw, or null to apply to whatever version is current. */
    Long expectedVersion();
}
