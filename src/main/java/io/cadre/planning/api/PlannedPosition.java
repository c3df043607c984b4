package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Plan versus actual for one position a scenario opens: the plan (its change's status, title, team and date) beside
 * the live position it became once applied: its status, and who filled it and when. {@code liveStatus} is null while
 * the change is not applied.
 */
public record PlannedPosition(UUID changeId, UUID positionId, String title, UUID teamId, String level, LocalDate plannedFor,
                              PlannedChangeStatus planStatus, String liveStatus, UUID filledBy, String filledByName,
                              LocalDate filledOn) {
}
