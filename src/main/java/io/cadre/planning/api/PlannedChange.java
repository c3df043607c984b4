package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One change of a scenario, with the fields of the live command of its {@code type} (the others null): {@code kind} is a
 * team's kind, a level change's kind or a leave's kind, as in the live calls. {@code reason} is the reason the live
 * command will carry once applied ("Scenario name: reason"), a part of the plan itself. A team formed or a position
 * opened by a plan has its id chosen when planned, so that later changes of the plan can name it.
 */
public record PlannedChange(PlannedChangeType type, LocalDate effectiveDate, String reason, UUID teamId, UUID personId,
                            UUID positionId, String name, String kind, UUID parentId, UUID managerId, String level, String title,
                            String mission, UUID moveMembersTo, UUID newManagerForReports, LocalDate targetStart) {

    /** The same change with the ids a plan chooses for what it creates. */
    public PlannedChange withIds(UUID teamId, UUID positionId) {
        return new PlannedChange(type, effectiveDate, reason, teamId, personId, positionId, name, kind, parentId, managerId, level,
                title, mission, moveMembersTo, newManagerForReports, targetStart);
    }
}
