package io.cadre.org.api;

/**
 * Ask for every person's name as the personal-data store holds it now ({@code Erased person} once erased), whatever
 * the read models have reached: for a reader that names many people at once, such as a rebuild of the audit timeline.
 */
public record ListPersonNames() {
}
