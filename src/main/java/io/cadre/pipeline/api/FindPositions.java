package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Ask for a page of positions, of one team and the teams below it or of all, with one status or any, open on a date or ever,
 * and at least some days old (or of any age when null).
 */
public record FindPositions(UUID teamId, PositionStatus status, LocalDate asOf, Integer minAgeDays, int page, int size) {
}
