package io.cadre.org.ui;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * An org chart as the web component reads it: one flat list of nodes with their parent. People hang under
 * their manager and carry their team, so the chart can group them; teams hang under their parent team. A placeholder
 * (an open position) is a node marked {@code placeholder}: drawn dashed, never dragged nor dropped on, counted as nobody.
 */
final class ChartNodes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartNodes() {
    }

    /**
     * People under their managers, and the placeholders (open positions) of the chart's teams as dashed boxes under the
     * manager they will report to: under the team's lead when that manager is not on the chart, at the top without either.
     */
    static String people(OrgChart chart, List<ChartPlaceholder> placeholders, boolean editable, LevelTitles levels) {
        Map<UUID, ChartTeam> teams = chart.teams().stream().collect(Collectors.toMap(ChartTeam::id, Function.identity()));
        Set<UUID> people = chart.people().stream().map(ChartPerson::id).collect(Collectors.toSet());
        List<Map<String, Object>> nodes = new ArrayList<>(chart.people().size() + placeholders.size());
        chart.people().forEach(p -> nodes.add(node(p.id(), p.managerId(), p.name(), p.title(), levels.title(p.level()),
                p.teamId(), teamName(teams, p.teamId()))));
        for (ChartPlaceholder placeholder : placeholders) {
            ChartTeam team = teams.get(placeholder.teamId());
            if (team == null) {
                continue;
            }
            UUID parent = people.contains(placeholder.managerId()) ? placeholder.managerId()
                    : people.contains(team.leadId()) ? team.leadId() : null;
            Map<String, Object> node = node(placeholder.id(), parent, placeholder.label(), placeholder.detail(),
                    levels.title(placeholder.level()), team.id(), team.name());
            node.put("initials", "");
            node.put("placeholder", true);
            nodes.add(node);
        }
        return JSON.writeValueAsString(Map.of("kind", "people", "editable", editable, "nodes", nodes));
    }

    /** Teams under their parents: the title counts the people (and the open positions), the third line names the lead. */
    static String teams(OrgChart chart, List<ChartPlaceholder> placeholders, boolean editable) {
        Map<UUID, ChartTeam> teams = chart.teams().stream().collect(Collectors.toMap(ChartTeam::id, Function.identity()));
        Map<UUID, String> people = chart.people().stream().collect(Collectors.toMap(ChartPerson::id, ChartPerson::name));
        Map<UUID, Long> members = chart.people().stream().collect(Collectors.groupingBy(ChartPerson::teamId, Collectors.counting()));
        Map<UUID, Long> open = placeholders.stream().collect(Collectors.groupingBy(ChartPlaceholder::teamId, Collectors.counting()));
        List<Map<String, Object>> nodes = chart.teams().stream().map(t -> {
            long count = members.getOrDefault(t.id(), 0L);
            long positions = open.getOrDefault(t.id(), 0L);
            String kind = Words.of(t.kind());
            String lead = t.leadId() != null && people.containsKey(t.leadId()) ? "Lead: " + people.get(t.leadId()) : "No lead";
            ChartTeam parent = t.parentId() == null ? null : teams.get(t.parentId());
            return node(t.id(), t.parentId(), t.name(), kind + " · " + Words.count(count, "person", "people")
                            + (positions == 0 ? "" : " · " + positions + " open"), lead,
                    t.parentId(), parent == null ? null : parent.name());
        }).toList();
        return JSON.writeValueAsString(Map.of("kind", "teams", "editable", editable, "nodes", nodes));
    }

    /** What to highlight after a comparison: who joined, who moved, which teams formed or moved. */
    static String marks(OrgChanges changes) {
        Map<String, String> marks = new HashMap<>();
        for (OrgChange change : changes.changes()) {
            String mark = switch (change.kind()) {
                case JOINED -> "joined";
                case TEAM_FORMED -> "formed";
                case MANAGER_CHANGED, TEAM_CHANGED, TEAM_MOVED -> "moved";
                case LEFT, TEAM_DISSOLVED -> null;
            };
            if (mark != null) {
                marks.putIfAbsent(change.subjectId().toString(), mark);
            }
        }
        return JSON.writeValueAsString(marks);
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

    static String initials(String name) {
        String[] words = name == null ? new String[0] : name.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "?";
        }
        String first = words[0].substring(0, 1);
        String last = words.length > 1 ? words[words.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(Locale.ROOT);
    }

    private static String teamName(Map<UUID, ChartTeam> teams, UUID teamId) {
        ChartTeam team = teams.get(teamId);
        return team == null ? null : team.name();
    }

    private static Map<String, Object> node(UUID id, UUID parentId, String name, String title, String level, UUID teamId,
                                            String teamName) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", id.toString());
        if (parentId != null) {
            node.put("parentId", parentId.toString());
        }
        node.put("name", name);
        node.put("initials", initials(name));
        node.put("title", title);
        if (level != null) {
            node.put("level", level);
        }
        if (teamId != null) {
            node.put("teamId", teamId.toString());
        }
        if (teamName != null) {
            node.put("teamName", teamName);
        }
        return node;
    }
}
