package io.cadre.planning.api;

import java.util.UUID;

/**
 * Propose, as drafts for the period after {@code period} (null: the current quarter), the objectives of a team (null:
 * every team), optionally with its sub-teams', that are not achieved, dropped or already carried over.
 */
public record PlanNextPeriod(UUID teamId, String period, boolean includeSubteams) {
}
