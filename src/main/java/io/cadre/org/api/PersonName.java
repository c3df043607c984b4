package io.cadre.org.api;

import java.util.UUID;

/** A person's name, or null when no person has that id. */
public record PersonName(UUID personId, String name) {

    /** How a person whose personal data was erased reads everywhere: in answers, views, exports and the chart. */
    public static final String ERASED = "Erased person";
}
