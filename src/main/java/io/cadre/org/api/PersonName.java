package io.cadre.org.api;

import java.util.UUID;

/** A person's name, or null when no person has that id. */
public record PersonName(UUID personId, String name) {
}
