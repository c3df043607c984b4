package io.cadre.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Ask for one page of the audit timeline, newest first: every filter is optional; {@code personId} finds the changes
 * that name the person, {@code subjectId} only those about that subject, {@code teamId} those of the team and its
 * sub-teams, {@code types} those of these kinds, {@code eventId} the entry of one event; {@code from}/{@code to} bound the
 * effective date and {@code recordedFrom}/{@code recordedTo} the instant recorded, both inclusive.
 */
public record FindAuditEntries(UUID personId, UUID subjectId, UUID teamId, String actor, Set<String> types, LocalDate from,
                               LocalDate to, Instant recordedFrom, Instant recordedTo, String eventId, int page, int size) {

    public FindAuditEntries {
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    /** The same filters, for every entry from the first (an export). */
    public FindAuditEntries all() {
        return new FindAuditEntries(personId, subjectId, teamId, actor, types, from, to, recordedFrom, recordedTo, eventId, 0,
                Integer.MAX_VALUE);
    }
}
