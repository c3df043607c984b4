package io.cadre.planning.web;

import io.cadre.planning.api.PlannedChange;
import io.cadre.planning.api.PlannedChangeType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of the scenario calls. */
final class ScenarioRequests {

    private ScenarioRequests() {
    }

    record Create(String name, LocalDate baseDate, UUID rootTeamId, String reason) {
    }

    /** A planned change: its type, date and reason, and the fields of the live command of its type. */
    record Change(PlannedChangeType type, LocalDate effectiveDate, String reason, UUID teamId, UUID personId, UUID positionId,
                  String name, String kind, UUID parentId, UUID managerId, String level, String title, String mission,
                  UUID moveMembersTo, UUID newManagerForReports, LocalDate targetStart) {

        PlannedChange planned() {
            return new PlannedChange(type, effectiveDate, reason, teamId, personId, positionId, name, kind, parentId, managerId, level,
                    title, mission, moveMembersTo, newManagerForReports, targetStart);
        }
    }

    record Apply(List<UUID> changeIds) {
    }
}
