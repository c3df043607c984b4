package io.cadre.org.api;

import io.cadre.shared.ScopedCommand;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.UUID;

/**
 * A change to one team or one person, effective from a date, optionally only on a known version of it; the sender's
 * scope must cover its subject on that date.
 */
public interface OrgCommand extends ScopedCommand {

    /** The team or person the command changes. */
    UUID subjectId();

    /** The date from which the change holds. */
    LocalDate effectiveDate();

    /** The version the caller last saw, or null to apply to whatever version is current. */
    Long expectedVersion();

    @Override
    default Collection<UUID> scopeSubjects() {
        return Collections.singletonList(subjectId());
    }

    @Override
    default LocalDate scopeDate() {
        return effectiveDate();
    }
}
