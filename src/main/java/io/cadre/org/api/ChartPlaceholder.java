package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A box on the org chart that is not a person, such as an approved position still to be filled: it stands in its
 * team under the manager it will report to, reads {@code label} then {@code detail} ("Open: Senior Engineer",
 * "approved 34 days ago"), carries a ladder level code when it has one, and the date it has stood since.
 */
public record ChartPlaceholder(UUID id, String kind, UUID teamId, UUID managerId, String level, String label, String detail,
                               LocalDate since) {

    /** The whole text of the box, as one line. */
    public String text() {
        return detail == null || detail.isBlank() ? label : label + ", " + detail;
    }
}
