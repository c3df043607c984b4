package io.cadre.org.api;

/** A level a person can be given now, written {@code <ladder code>/<level code>}, with its title. */
public record AssignableLevel(String level, String title) {
}
