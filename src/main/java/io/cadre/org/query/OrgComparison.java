package io.cadre.org.query;

import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.CompareOrgCharts;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChange;
import io.cadre.org.api.OrgChangeKind;
import io.cadre.org.api.OrgChanges;
import io.cadre.org.api.OrgChart;
import io.cadre.shared.InvalidInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The difference between the org chart on two dates, from the same as-of read model the chart itself
 * comes from: whoever is on one chart and not the other joined or left, and whoever is on both with
 * another manager or team moved. A move into or out of a subtree counts as joining or leaving it.
 */
@Component
class OrgComparison {

    private final OrgCharts charts;

    OrgComparison(OrgCharts charts) {
        this.charts = charts;
    }

    @QueryHandler
    OrgChanges handle(CompareOrgCharts query) {
        if (query.from() == null || query.to() == null) {
            throw InvalidInput.of(query.from() == null ? "from" : "to", "must not be null");
        }
        OrgChart before = charts.handle(new GetOrgChart(query.from(), query.rootTeamId()));
        OrgChart after = charts.handle(new GetOrgChart(query.to(), query.rootTeamId()));
        return new OrgChanges(query.from(), query.to(), between(before, after));
    }

    static List<OrgChange> between(OrgChart before, OrgChart after) {
        Names names = new Names(before, after);
        Map<UUID, ChartPerson> was = byId(before.people(), ChartPerson::id);
        Map<UUID, ChartPerson> is = byId(after.people(), ChartPerson::id);
        List<OrgChange> changes = new ArrayList<>();
        for (ChartPerson person : after.people()) {
            ChartPerson old = was.get(person.id());
            if (old == null) {
                changes.add(new OrgChange(OrgChangeKind.JOINED, person.id(), person.name(), null,
                        person.title() + " · " + names.team(person.teamId())));
                continue;
            }
            if (!Objects.equals(old.managerId(), person.managerId())) {
                changes.add(new OrgChange(OrgChangeKind.MANAGER_CHANGED, person.id(), person.name(),
                        names.person(old.managerId()), names.person(person.managerId())));
            }
            if (!Objects.equals(old.teamId(), person.teamId())) {
                changes.add(new OrgChange(OrgChangeKind.TEAM_CHANGED, person.id(), person.name(),
                        names.team(old.teamId()), names.team(person.teamId())));
            }
        }
        before.people().stream().filter(p -> !is.containsKey(p.id())).forEach(p -> changes.add(
                new OrgChange(OrgChangeKind.LEFT, p.id(), p.name(), p.title() + " · " + names.team(p.teamId()), null)));
        Map<UUID, ChartTeam> teamsWere = byId(before.teams(), ChartTeam::id);
        Map<UUID, ChartTeam> teamsAre = byId(after.teams(), ChartTeam::id);
        for (ChartTeam team : after.teams()) {
            ChartTeam old = teamsWere.get(team.id());
            if (old == null) {
                changes.add(new OrgChange(OrgChangeKind.TEAM_FORMED, team.id(), team.name(), null, names.team(team.parentId())));
            } else if (!Objects.equals(old.parentId(), team.parentId())) {
                changes.add(new OrgChange(OrgChangeKind.TEAM_MOVED, team.id(), team.name(), names.team(old.parentId()),
                        names.team(team.parentId())));
            }
        }
        before.teams().stream().filter(t -> !teamsAre.containsKey(t.id())).forEach(t -> changes.add(
                new OrgChange(OrgChangeKind.TEAM_DISSOLVED, t.id(), t.name(), names.team(t.parentId()), null)));
        changes.sort(Comparator.comparing(OrgChange::kind).thenComparing(c -> c.name().toLowerCase()));
        return changes;
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** Names of teams and people on either date; the later name wins when both know it. */
    private static final class Names {

        private final Map<UUID, String> teams;
        private final Map<UUID, String> people;

        Names(OrgChart before, OrgChart after) {
            teams = new java.util.HashMap<>();
            people = new java.util.HashMap<>();
            for (OrgChart chart : List.of(before, after)) {
                chart.teams().forEach(t -> teams.put(t.id(), t.name()));
                chart.people().forEach(p -> people.put(p.id(), p.name()));
            }
        }

        String team(UUID id) {
            return id == null ? "(top)" : teams.getOrDefault(id, "(another team)");
        }

        String person(UUID id) {
            return id == null ? "(nobody)" : people.getOrDefault(id, "(someone outside this chart)");
        }
    }
}
