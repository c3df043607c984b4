package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Ask for the objectives, as they stood on a date (null: today), of a team (null: every team), optionally with its
 * sub-teams', for a period (null: any): those whose period overlaps it, so a quarter also finds its half's and year's.
 */
public record FindObjectives(UUID teamId, String period, boolean includeSubteams, LocalDate asOf) {
}
