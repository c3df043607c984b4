package io.cadre.org.ui;

import io.cadre.platform.ui.ChartNode;
import io.cadre.platform.ui.Words;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartPlaceholder;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.OrgChange;
import io.cadre.org.api.OrgChanges;
import io.cadre.org.api.OrgChart;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An org chart as the web component reads it: one flat list of nodes with their parent. People hang under
 * their manager and carry their team, so the chart can group them; teams hang under their parent team. A placeholder
 * (an open position) is a node marked {@code placeholder}: drawn dashed, never dragged nor dropped on, counted as nobody.
 */
final class ChartNodes {

    private ChartNodes() {
    }

    /**
     * People under their managers, and the placeholders (open positions) of the chart's teams as dashed boxes under the
     * manager they will report to: under the team's lead when that manager is not on the chart, at the top without either.
     */
    static String people(OrgChart chart, List<ChartPlaceholder> placeholders, boolean editable, LevelTitles levels) {
        Map<UUID, ChartTeam> teams = chart.teams().stream().collect(Collectors.toMap(ChartTeam::id, Function.identity()));
        Set<UUID> people = chart.people().stream().map(ChartPerson::id).collect(Collectors.toSet());
        List<ChartNode> nodes = new ArrayList<>(chart.people().size() + placeholders.size());
        chart.people().forEach(p -> nodes.add(new ChartNode(p.id(), p.managerId(), p.name(), p.title(), levels.title(p.level()),
                p.teamId(), teamName(teams, p.teamId()), false)));
        for (ChartPlaceholder placeholder : placeholders) {
            ChartTeam team = teams.get(placeholder.teamId());
            if (team == null) {
                continue;
            }
            UUID parent = people.contains(placeholder.managerId()) ? placeholder.managerId()
                    : people.contains(team.leadId()) ? team.leadId() : null;
            nodes.add(new ChartNode(placeholder.id(), parent, placeholder.label(), placeholder.detail(),
                    levels.title(placeholder.level()), team.id(), team.name(), true));
        }
        return ChartNode.chart("people", editable, nodes);
    }

    /** Teams under their parents: the title counts the people (and the open positions), the third line names the lead. */
    static String teams(OrgChart chart, List<ChartPlaceholder> placeholders, boolean editable) {
        Map<UUID, ChartTeam> teams = chart.teams().stream().collect(Collectors.toMap(ChartTeam::id, Function.identity()));
        Map<UUID, String> people = chart.people().stream().collect(Collectors.toMap(ChartPerson::id, ChartPerson::name));
        Map<UUID, Long> members = chart.people().stream().collect(Collectors.groupingBy(ChartPerson::teamId, Collectors.counting()));
        Map<UUID, Long> open = placeholders.stream().collect(Collectors.groupingBy(ChartPlaceholder::teamId, Collectors.counting()));
        List<ChartNode> nodes = chart.teams().stream().map(t -> {
            long count = members.getOrDefault(t.id(), 0L);
            long positions = open.getOrDefault(t.id(), 0L);
            String kind = Words.of(t.kind());
            String lead = t.leadId() != null && people.containsKey(t.leadId()) ? "Lead: " + people.get(t.leadId()) : "No lead";
            ChartTeam parent = t.parentId() == null ? null : teams.get(t.parentId());
            return new ChartNode(t.id(), t.parentId(), t.name(), kind + " · " + Words.count(count, "person", "people")
                    + (positions == 0 ? "" : " · " + positions + " open"), lead, t.parentId(), parent == null ? null : parent.name(), false);
        }).toList();
        return ChartNode.chart("teams", editable, nodes);
    }

    /** What to highlight after a comparison: who joined, who moved, which teams formed or moved. */
    static String marks(OrgChanges changes) {
        Map<UUID, String> marks = new HashMap<>();
        for (OrgChange change : changes.changes()) {
            String mark = switch (change.kind()) {
                case JOINED -> "joined";
                case TEAM_FORMED -> "formed";
                case MANAGER_CHANGED, TEAM_CHANGED, TEAM_MOVED -> "moved";
                case LEFT, TEAM_DISSOLVED -> null;
            };
            if (mark != null) {
                marks.putIfAbsent(change.subjectId(), mark);
            }
        }
        return ChartNode.marks(marks);
    }

    /** A person and everyone who reports to them, directly or not, on the chart's date. */
    static Set<UUID> reportingLine(OrgChart chart, UUID top) {
        Map<UUID, List<UUID>> reports = chart.people().stream().filter(p -> p.managerId() != null)
                .collect(Collectors.groupingBy(ChartPerson::managerId, Collectors.mapping(ChartPerson::id, Collectors.toList())));
        Set<UUID> line = new HashSet<>();
        Deque<UUID> todo = new ArrayDeque<>(List.of(top));
        while (!todo.isEmpty()) {
            UUID id = todo.pop();
            if (line.add(id)) {
                todo.addAll(reports.getOrDefault(id, List.of()));
            }
        }
        return line;
    }

    private static String teamName(Map<UUID, ChartTeam> teams, UUID teamId) {
        ChartTeam team = teams.get(teamId);
        return team == null ? null : team.name();
    }
}
