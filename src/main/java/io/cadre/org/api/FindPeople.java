package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;

/** Search the people active on a date by name, email, title or employee number, a page at a time. */
public record FindPeople(String q, UUID teamId, int page, int size, LocalDate asOf) {
}
