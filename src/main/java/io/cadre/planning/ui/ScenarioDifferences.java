package io.cadre.planning.ui;

import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.OrgChart;
import io.cadre.planning.api.ScenarioChart;
import io.cadre.planning.api.ScenarioPerson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** What a scenario adds, removes and moves, against the live org on the same date, as lines to read. */
final class ScenarioDifferences {

    private ScenarioDifferences() {
    }

    static List<String> between(OrgChart live, ScenarioChart planned) {
        Map<UUID, String> names = new HashMap<>();
        live.teams().forEach(t -> names.put(t.id(), t.name()));
        planned.teams().forEach(t -> names.put(t.id(), t.name()));
        live.people().forEach(p -> names.put(p.id(), p.name()));
        Names name = id -> id == null ? "nobody" : names.getOrDefault(id, "?");
        List<String> lines = new ArrayList<>();
        Map<UUID, ChartTeam> liveTeams = new HashMap<>();
        live.teams().forEach(t -> liveTeams.put(t.id(), t));
        Map<UUID, ChartTeam> plannedTeams = new HashMap<>();
        for (ChartTeam team : planned.teams()) {
            plannedTeams.put(team.id(), team);
            ChartTeam was = liveTeams.get(team.id());
            if (was == null) {
                lines.add("Adds team " + team.name());
            } else {
                if (!was.name().equals(team.name())) {
                    lines.add("Renames team " + was.name() + " to " + team.name());
                }
                if (!Objects.equals(was.parentId(), team.parentId())) {
                    lines.add("Moves team " + team.name() + " under " + name.of(team.parentId()));
                }
            }
        }
        live.teams().stream().filter(t -> !plannedTeams.containsKey(t.id())).forEach(t -> lines.add("Removes team " + t.name()));
        Map<UUID, ScenarioPerson> plannedPeople = new HashMap<>();
        planned.people().forEach(p -> plannedPeople.put(p.id(), p));
        for (ChartPerson person : live.people()) {
            ScenarioPerson now = plannedPeople.get(person.id());
            if (now == null) {
                lines.add(person.name() + " leaves");
                continue;
            }
            if (!Objects.equals(person.teamId(), now.teamId())) {
                lines.add("Moves " + person.name() + " to " + name.of(now.teamId()));
            }
            if (!Objects.equals(person.managerId(), now.managerId())) {
                lines.add(person.name() + " reports to " + name.of(now.managerId()));
            }
            if (!Objects.equals(person.level(), now.level())) {
                lines.add(person.name() + " moves to level " + now.level());
            }
        }
        planned.people().stream().filter(ScenarioPerson::planned)
                .forEach(p -> lines.add("Adds a position: " + p.title() + " (" + p.level() + ") in " + name.of(p.teamId())));
        return lines;
    }

    /** A team or person named by id. */
    private interface Names {
        String of(UUID id);
    }
}
