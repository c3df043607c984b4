package io.cadre.audit.api;

import java.util.function.Consumer;

/** Hand every entry matching the filters (paging ignored), newest first, to {@code sink}, one at a time. */
public record ExportAuditEntries(FindAuditEntries filters, Consumer<AuditEntry> sink) {
}
