package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;

/** Ask for a page of positions, of one team and the teams below it or of all, with one status or any, open on a date or ever. */
public record FindPositions(UUID teamId, PositionStatus status, LocalDate asOf, int page, int size) {
}
