package io.cadre.audit.api;

/** Ask for every kind of change the audit timeline knows (such as {@code PERSON_TRANSFERRED}), sorted. */
public record ListAuditKinds() {
}
