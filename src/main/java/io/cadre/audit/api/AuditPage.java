package io.cadre.audit.api;

import java.util.List;

/** One page of the audit timeline, newest first, with the number of entries matching the filters. */
public record AuditPage(List<AuditEntry> items, int page, int size, long total) {
}
