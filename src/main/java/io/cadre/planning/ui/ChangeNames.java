package io.cadre.planning.ui;

import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.OrgChart;
import io.cadre.planning.api.PlannedChange;
import io.cadre.planning.api.ScenarioChart;
import io.cadre.planning.api.ScenarioPerson;
import io.cadre.platform.ui.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The names of the teams and people a scenario's changes name, from the live chart and the scenario's, and its pickers' items. */
final class ChangeNames {

    private final Map<UUID, String> names = new HashMap<>();
    final List<ChartTeam> teams;
    final List<ScenarioPerson> people;
    final List<ScenarioPerson> positions;

    private final Function<UUID, String> directory;

    /** {@code directory} names a person who is on neither chart (someone who has left by the date shown). */
    ChangeNames(OrgChart live, ScenarioChart planned, Function<UUID, String> directory) {
        this.directory = directory;
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

    /** A person's name, from the charts or, for someone on neither on the date shown, the directory. */
    String person(UUID id) {
        if (id == null || names.containsKey(id)) {
            return name(id);
        }
        String known = directory.apply(id);
        names.put(id, known == null ? id.toString().substring(0, 8) : known);
        return names.get(id);
    }

    /** One line saying what the change does, in names. */
    String describe(PlannedChange c) {
        return switch (c.type()) {
            case FORM_TEAM -> "Form " + c.name() + (c.parentId() == null ? " at the top" : " under " + name(c.parentId()));
            case MOVE_TEAM -> "Move " + name(c.teamId()) + (c.parentId() == null ? " to the top" : " under " + name(c.parentId()));
            case RENAME_TEAM -> "Rename " + name(c.teamId()) + " to " + c.name();
            case DISSOLVE_TEAM -> "Dissolve " + name(c.teamId()) + (c.moveMembersTo() == null ? "" : ", members to " + name(c.moveMembersTo()));
            case TRANSFER -> "Move " + person(c.personId()) + " to " + name(c.teamId())
                    + (c.managerId() == null ? "" : ", reporting to " + person(c.managerId()));
            case CHANGE_MANAGER -> person(c.personId()) + " reports to " + person(c.managerId());
            case CHANGE_LEVEL -> person(c.personId()) + " to level " + c.level() + " (" + Words.of(c.kind()).toLowerCase(java.util.Locale.ROOT) + ")";
            case LEAVE -> person(c.personId()) + " leaves (" + Words.of(c.kind()).toLowerCase(java.util.Locale.ROOT) + ")"
                    + (c.newManagerForReports() == null ? "" : ", reports to " + person(c.newManagerForReports()));
            case OPEN_POSITION -> "Open " + c.title() + " (" + c.level() + ") in " + name(c.teamId());
            case CLOSE_POSITION -> "Close " + name(c.positionId());
        };
    }
}
