package io.cadre.org.api;

/** Ask for every level a person can be given now, for the organisation's level pickers; the career ladders answer it. */
public record ListAssignableLevels() {
}
