package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The people directory on a date, filtered by text, team (with the teams below it), level, manager, status (null:
 * everyone) and start date, sorted by a column, a page at a time.
 */
public record ListPeople(String q, UUID teamId, String level, UUID managerId, PersonStatus status, LocalDate startedFrom,
                         LocalDate startedTo, PeopleOrder orderBy, boolean descending, int page, int size, LocalDate asOf) {
}
