package io.cadre.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One recorded change as the audit timeline tells it: who, when recorded, from when, what kind of change to which
 * subject (named as it was then), the fields it changed before and after, why, and what caused it
 * ({@code correlationId}: the request that started it; {@code causationId}: the event a process reacted to, if any).
 */
public record AuditEntry(String eventId, Instant recordedAt, LocalDate effectiveDate, String actor, String type,
                         String subjectKind, UUID subjectId, String subject, String summary, Map<String, Object> before,
                         Map<String, Object> after, String reason, String correlationId, String causationId) {
}
