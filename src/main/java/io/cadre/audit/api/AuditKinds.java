package io.cadre.audit.api;

import java.util.List;

/** The kinds of change the audit timeline knows, sorted. */
public record AuditKinds(List<String> kinds) {
}
