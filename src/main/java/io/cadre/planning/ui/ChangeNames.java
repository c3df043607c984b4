package io.cadre.planning.ui;

import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.OrgChart;
import io.cadre.planning.api.PlannedChange;
import io.cadre.planning.api.ScenarioChart;
import io.cadre.planning.api.ScenarioPerson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The names of the teams and people a scenario's changes name, from the live chart and the scenario's, and its pickers' items. */
final class ChangeNames {

    private final Map<UUID, String> names = new HashMap<>();
    final List<ChartTeam> teams;
    final List<ScenarioPerson> people;
    final List<ScenarioPerson> positions;

    ChangeNames(OrgChart live, ScenarioChart planned) {
        // A change is described in today's names: a team the plan renames keeps its live name here.
        planned.teams().forEach(t -> names.put(t.id(), t.name()));
        planned.people().forEach(p -> names.put(p.id(), p.name()));
        live.teams().forEach(t -> names.put(t.id(), t.name()));
        live.people().forEach(p -> names.put(p.id(), p.name()));
        teams = planned.teams();
        people = planned.people().stream().filter(p -> !p.planned()).toList();
        positions = planned.people().stream().filter(ScenarioPerson::planned).toList();
    }

    String name(UUID id) {
        return id == null ? "nobody" : names.getOrDefault(id, id.toString().substring(0, 8));
    }

    /** One line saying what the change does, in names. */
    String describe(PlannedChange c) {
        return switch (c.type()) {
            case FORM_TEAM -> "Form " + c.name() + (c.parentId() == null ? " at the top" : " under " + name(c.parentId()));
            case MOVE_TEAM -> "Move " + name(c.teamId()) + (c.parentId() == null ? " to the top" : " under " + name(c.parentId()));
            case RENAME_TEAM -> "Rename " + name(c.teamId()) + " to " + c.name();
            case DISSOLVE_TEAM -> "Dissolve " + name(c.teamId()) + (c.moveMembersTo() == null ? "" : ", members to " + name(c.moveMembersTo()));
            case TRANSFER -> "Move " + name(c.personId()) + " to " + name(c.teamId())
                    + (c.managerId() == null ? "" : ", reporting to " + name(c.managerId()));
            case CHANGE_MANAGER -> name(c.personId()) + " reports to " + name(c.managerId());
            case CHANGE_LEVEL -> name(c.personId()) + " to level " + c.level() + " (" + c.kind() + ")";
            case LEAVE -> name(c.personId()) + " leaves (" + c.kind() + ")"
                    + (c.newManagerForReports() == null ? "" : ", reports to " + name(c.newManagerForReports()));
            case OPEN_POSITION -> "Open " + c.title() + " (" + c.level() + ") in " + name(c.teamId());
            case CLOSE_POSITION -> "Close " + name(c.positionId());
        };
    }
}
