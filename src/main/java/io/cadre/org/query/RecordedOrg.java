package io.cadre.org.query;

import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetRecordedOrgChart;
import io.cadre.org.api.GetRecordedPerson;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.PersonDetails;
import io.cadre.org.api.TeamKind;
import io.cadre.platform.projection.RecordTime;
import io.cadre.shared.NotFound;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The organisation as Cadre knew it at an instant: the org chart's changes ({@code chart_change}) folded again with only
 * those recorded up to that instant, so a change recorded later (a back-dated one included) is left out. The kept
 * intervals hold today's knowledge only; this fold reads the changes themselves, which keep when each was recorded.
 */
@Component
class RecordedOrg {

    /** A change Cadre knew, and had not retracted, at the instant given twice as the statement's parameters. */
    static final String KNOWN = RecordTime.known("c");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RecordedOrg(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    OrgChart handle(GetRecordedOrgChart query) {
        return new ScopeSql().shown(recordedChart(query));
    }

    private OrgChart recordedChart(GetRecordedOrgChart query) {
        LocalDate asOf = query.asOf() != null ? query.asOf() : LocalDate.now(clock);
        Timestamp known = Timestamp.from(query.recordedAt());
        Map<UUID, Map<String, String>> teams = new HashMap<>();
        Map<UUID, Map<String, String>> people = new HashMap<>();
        // Each field's last value on the date: the latest change in effect by then, ties broken by the order recorded.
        jdbc.query("select distinct on (c.subject_id, c.field) c.subject_id, s.kind, c.field, c.value"
                + " from chart_change c join chart_subject s on s.subject_id = c.subject_id"
                + " where c.valid_from <= ? and " + KNOWN
                + " order by c.subject_id, c.field, c.valid_from desc, c.seq desc", rs -> {
                    Map<UUID, Map<String, String>> of = "TEAM".equals(rs.getString(2)) ? teams : people;
                    of.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>()).put(rs.getString(3), rs.getString(4));
                }, asOf, known, known);
        List<ChartTeam> chartTeams = new ArrayList<>();
        teams.forEach((id, state) -> {
            if ("true".equals(state.get("active"))) {
                chartTeams.add(new ChartTeam(id, state.get("name"), TeamKind.valueOf(state.get("kind")),
                        uuid(state.get("parent_id")), uuid(state.get("lead_id"))));
            }
        });
        Set<UUID> inScope = subtree(chartTeams, query.rootTeamId());
        List<ChartTeam> shownTeams = chartTeams.stream().filter(t -> inScope == null || inScope.contains(t.id()))
                .sorted(OrgCharts.TEAM_ORDER).toList();
        Map<UUID, Map<String, String>> shown = new HashMap<>();
        people.forEach((id, state) -> {
            if ("true".equals(state.get("active")) && (inScope == null || inScope.contains(uuid(state.get("team_id"))))) {
                shown.put(id, state);
            }
        });
        Map<UUID, String> names = names(shown.keySet());
        List<ChartPerson> chartPeople = new ArrayList<>();
        shown.forEach((id, state) -> chartPeople.add(new ChartPerson(id, names.getOrDefault(id, "(erased)"), state.get("title"),
                uuid(state.get("team_id")), uuid(state.get("manager_id")), state.get("level"))));
        chartPeople.sort(OrgCharts.PERSON_ORDER);
        return new OrgChart(asOf, shownTeams, Collections.unmodifiableList(chartPeople));
    }

    @QueryHandler
    PersonDetails handle(GetRecordedPerson query) {
        List<Change> changes = jdbc.query("select c.valid_from, c.seq, c.field, c.value from chart_change c"
                        + " join chart_subject s on s.subject_id = c.subject_id and s.kind = 'PERSON'"
                        + " where c.subject_id = ? and " + KNOWN + " order by c.valid_from, c.seq",
                (rs, i) -> new Change(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3), rs.getString(4)),
                query.personId(), Timestamp.from(query.recordedAt()), Timestamp.from(query.recordedAt()));
        if (changes.isEmpty()) {
            throw new NotFound("No person with id " + query.personId() + " was recorded by " + query.recordedAt());
        }
        LocalDate start = changes.getFirst().date();
        LocalDate end = changes.stream().filter(c -> "active".equals(c.field()) && "false".equals(c.value()))
                .map(Change::date).findFirst().orElse(null);
        LocalDate day = query.asOf() != null ? query.asOf() : LocalDate.now(clock);
        String status = day.isBefore(start) ? "FUTURE" : end != null && !day.isBefore(end) ? "LEFT" : "ACTIVE";
        // The record as it stands on the day, or on its first or last day when the day lies outside the employment.
        LocalDate shownOn = day.isBefore(start) ? start : end != null && !day.isBefore(end) ? end.minusDays(1) : day;
        Map<String, String> state = new HashMap<>();
        long version = 0;
        for (Change change : changes) {
            if (!change.date().isAfter(shownOn)) {
                state.put(change.field(), change.value());
            }
            version = Math.max(version, change.seq());
        }
        String[] data = jdbc.query("select name, email from person_data where person_id = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, query.personId()).stream().findFirst()
                .orElse(new String[2]);
        return new PersonDetails(query.personId(), state.get("employee_number"), data[0] == null ? "(erased)" : data[0], data[1],
                state.get("title"), uuid(state.get("team_id")), uuid(state.get("manager_id")), state.get("level"), start, status,
                end, version);
    }

    /** The teams from the root down, or null for the whole organisation; the root must be among the teams. */
    private static Set<UUID> subtree(List<ChartTeam> teams, UUID root) {
        if (root == null) {
            return null;
        }
        Map<UUID, List<UUID>> children = new HashMap<>();
        boolean found = false;
        for (ChartTeam team : teams) {
            found |= team.id().equals(root);
            if (team.parentId() != null) {
                children.computeIfAbsent(team.parentId(), id -> new ArrayList<>()).add(team.id());
            }
        }
        if (!found) {
            throw new NotFound("No team with id " + root + " on that date as recorded then");
        }
        Set<UUID> tree = new HashSet<>();
        Deque<UUID> open = new ArrayDeque<>(List.of(root));
        while (!open.isEmpty()) {
            UUID team = open.pop();
            if (tree.add(team)) {
                open.addAll(children.getOrDefault(team, List.of()));
            }
        }
        return tree;
    }

    private Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select d.person_id, d.name from person_data d join unnest(cast(? as uuid[])) as t(id) on t.id = d.person_id",
                    rs -> {
                        if (rs.getString(2) != null) {
                            names.put(rs.getObject(1, UUID.class), rs.getString(2));
                        }
                    }, new SqlArrayValue("text", ids.stream().map(UUID::toString).toArray()));
        }
        return names;
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }

    private record Change(LocalDate date, long seq, String field, String value) {
    }
}
