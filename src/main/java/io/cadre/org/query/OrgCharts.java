package io.cadre.org.query;

import io.cadre.org.api.PersonName;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetChartTeams;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.TeamKind;
import io.cadre.platform.projection.ReadModels;
import io.cadre.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Answers the org chart on any date, whole or from one team down. Charts are kept by date and root, under the
 * position of the processor that runs the org-chart projection; once it moves on, a kept whole-organisation chart is
 * patched with the teams and people the projection has written since (each batch marks the subjects it writes with
 * its transaction's id, {@code chart_subject.touched}), instead of being built again from 170,000 dated rows. A
 * person's name comes from {@code person_data}, written once before the hire's event: whatever changes it later must
 * touch the person too.
 */
@Component
class OrgCharts {

    private static final String ON_DATE = "s.valid_from <= ? and (s.valid_to is null or s.valid_to > ?)";
    /** A 50,000-person chart holds some 20 MB: a few dates and roots are what readers ask for. */
    private static final int CACHED_CHARTS = 4;
    /** Beyond this many changed subjects, reading them one by one costs more than reading the whole chart again. */
    static final int MOST_CHANGES_PATCHED = 2_000;

    /** Teams, then people, by name ignoring case, then by id as PostgreSQL orders uuids: the same for built and patched charts. */
    static final Comparator<ChartTeam> TEAM_ORDER = order(ChartTeam::name, ChartTeam::id);
    static final Comparator<ChartPerson> PERSON_ORDER = order(ChartPerson::name, ChartPerson::id);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final EventProcessingConfiguration processing;
    /** The charts last answered, by date and root, most recently used last. */
    private final Map<ChartKey, Kept> charts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ChartKey, Kept> eldest) {
            return size() > CACHED_CHARTS;
        }
    };
    private final AtomicLong patched = new AtomicLong();

    OrgCharts(JdbcTemplate jdbc, Clock clock, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.processing = processing;
    }

    /**
     * Answers from the chart kept for the same date and root when the projection has not moved since, patches a kept
     * whole-organisation chart when it has, and builds the chart otherwise. The position is read in one statement
     * before any row, so a chart is never kept under a position newer than its rows: a command's caller, whose change
     * the position covers once its answer comes, and a view told of a commit, which may come before the processor's
     * own status moves, never get an older chart.
     */
    @QueryHandler
    OrgChart handle(GetOrgChart query) {
        return new ScopeSql().shown(chart(query));
    }

    private OrgChart chart(GetOrgChart query) {
        LocalDate asOf = query.asOf() != null ? query.asOf() : LocalDate.now(clock);
        Position now = position();
        if (now.tokens() == null) {
            return build(asOf, query.rootTeamId());
        }
        ChartKey key = new ChartKey(asOf, query.rootTeamId());
        Kept kept;
        synchronized (charts) {
            kept = charts.get(key);
        }
        if (current(kept, now)) {
            return kept.chart();
        }
        OrgChart chart = query.rootTeamId() == null && kept != null ? patchOrBuild(kept, now, asOf) : build(asOf, query.rootTeamId());
        synchronized (charts) {
            charts.put(key, new Kept(chart, now.tokens(), now.lastTouch(), now.oldestRunning()));
        }
        return chart;
    }

    /** Whether the kept chart is what the read model holds at the position read. */
    private static boolean current(Kept kept, Position now) {
        // Subjects written without the tokens moving count as a change too.
        return kept != null && now.tokens() != null && kept.tokens().equals(now.tokens())
                && Objects.equals(kept.lastTouch(), now.lastTouch());
    }

    /** The whole organisation's teams on the date: the kept chart's when it is current, else read alone, without people. */
    @QueryHandler
    List<ChartTeam> handle(GetChartTeams query) {
        LocalDate asOf = query.asOf() != null ? query.asOf() : LocalDate.now(clock);
        Kept kept;
        synchronized (charts) {
            kept = charts.get(new ChartKey(asOf, null));
        }
        if (kept != null && current(kept, position())) {
            return kept.chart().teams();
        }
        return sorted(teams("", "", "", List.of(), asOf), ChartTeam::name, ChartTeam::id);
    }

    /** Builds the chart from the read model alone, whatever is kept. */
    OrgChart build(LocalDate asOf, UUID rootTeamId) {
        if (rootTeamId == null) {
            return new OrgChart(asOf, sorted(teams("", "", "", List.of(), asOf), ChartTeam::name, ChartTeam::id),
                    sorted(people("", "", "", List.of(), asOf), ChartPerson::name, ChartPerson::id));
        }
        // The teams under the root on that date, walked down the parent index in the database; their people are then
        // found through the team index, so a subtree costs what it holds, not what the whole organisation holds.
        String tree = """
                with recursive tree(team_id) as (
                  select s.team_id from chart_team_state s where s.team_id = ? and s.active and %1$s
                  union
                  select s.team_id from tree t join chart_team_state s on s.parent_id = t.team_id and s.active and %1$s)
                """.formatted(ON_DATE);
        List<Object> treeArgs = List.of(rootTeamId, asOf, asOf, asOf, asOf);
        String inTree = " and s.team_id in (select team_id from tree)";
        List<ChartTeam> teams = teams(tree, "", inTree, treeArgs, asOf);
        if (teams.stream().noneMatch(t -> t.id().equals(rootTeamId))) {
            throw new NotFound("No team with id " + rootTeamId + " on that date");
        }
        return new OrgChart(asOf, sorted(teams, ChartTeam::name, ChartTeam::id),
                sorted(people(tree, "", inTree, treeArgs, asOf), ChartPerson::name, ChartPerson::id));
    }

    /** How many charts were patched from a kept one since Cadre started. */
    long patchedCount() {
        return patched.get();
    }

    /**
     * The kept chart with every team and person written since it was read replaced by its state on the chart's date,
     * or left out when it is not active then. Whatever committed after the kept chart's position was read was written
     * by a transaction still running then or begun later, so its id is at least the oldest running then: transactions
     * that commit out of order (segments side by side, or another node) are all found, and a few are read again for
     * nothing. A replay empties the table first: when every row is that new, those not replayed yet are missing, so
     * the chart is built afresh, and so it is when the newest row is older than the kept chart's (a failed rebuild put the
     * rows back as they were); so it is when many subjects changed, which is cheaper to read all at once.
     */
    private OrgChart patchOrBuild(Kept kept, Position now, LocalDate asOf) {
        // A failed rebuild puts the rows it had emptied back as they were: older than what the kept chart saw.
        if (now.firstTouch() == null || now.firstTouch() >= kept.oldestRunning()
                || kept.lastTouch() != null && (now.lastTouch() == null || now.lastTouch() < kept.lastTouch())) {
            return build(asOf, null);
        }
        Map<UUID, String> touched = new HashMap<>();
        jdbc.query("select subject_id, kind from chart_subject where touched >= ? order by touched limit ?",
                rs -> {
                    touched.put(rs.getObject(1, UUID.class), rs.getString(2));
                }, kept.oldestRunning(), MOST_CHANGES_PATCHED + 1);
        if (touched.isEmpty()) {
            return kept.chart();
        }
        if (touched.size() > MOST_CHANGES_PATCHED) {
            return build(asOf, null);
        }
        patched.incrementAndGet();
        List<ChartTeam> teams = teams("", byId("team_id"), "", List.of(ids(touched, "TEAM")), asOf);
        List<ChartPerson> people = people("", byId("person_id"), "", List.of(ids(touched, "PERSON")), asOf);
        OrgChart old = kept.chart();
        return new OrgChart(asOf, patch(old.teams(), touched.keySet(), teams, ChartTeam::id, TEAM_ORDER),
                patch(old.people(), touched.keySet(), people, ChartPerson::id, PERSON_ORDER));
    }

    /** Only the subjects whose ids are given (an index lookup each). */
    private static String byId(String column) {
        return " join unnest(cast(? as uuid[])) as t(id) on t.id = s." + column;
    }

    private static SqlArrayValue ids(Map<UUID, String> touched, String kind) {
        return new SqlArrayValue("text", touched.entrySet().stream().filter(e -> kind.equals(e.getValue()))
                .map(e -> e.getKey().toString()).toArray());
    }

    /**
     * The projection's committed tokens, the range of touched values, and the oldest transaction still running (or the
     * next to begin), all as one statement sees them.
     */
    private Position position() {
        String processor = processing.eventProcessorByProcessingGroup(ReadModels.PROCESSOR)
                .map(EventProcessor::getName).orElse(ReadModels.PROCESSOR);
        return jdbc.queryForObject("""
                select (select string_agg(encode(token, 'hex'), ',' order by segment) from token_entry where processor_name = ?),
                       (select min(touched) from chart_subject), (select max(touched) from chart_subject),
                       cast(cast(pg_snapshot_xmin(pg_current_snapshot()) as text) as bigint)
                """, (rs, i) -> new Position(rs.getString(1), rs.getObject(2, Long.class), rs.getObject(3, Long.class),
                rs.getLong(4)), processor);
    }

    private record Position(String tokens, Long firstTouch, Long lastTouch, long oldestRunning) {
    }

    /** A chart asked for: its date and its root team (null: the whole organisation). */
    private record ChartKey(LocalDate asOf, UUID rootTeamId) {
    }

    /** A chart, and the position it was read at: the tokens, the highest touched value and the oldest running transaction. */
    private record Kept(OrgChart chart, String tokens, Long lastTouch, long oldestRunning) {
    }

    /** The teams active on the date: {@code with} and {@code join} narrow them down, taking {@code args} first. */
    private List<ChartTeam> teams(String with, String join, String filter, List<Object> args, LocalDate asOf) {
        return jdbc.query(with + "select s.team_id, s.name, s.kind, s.parent_id, s.lead_id from chart_team_state s" + join
                        + " where s.active and " + ON_DATE + filter,
                (rs, i) -> new ChartTeam(rs.getObject(1, UUID.class), rs.getString(2), TeamKind.valueOf(rs.getString(3)),
                        rs.getObject(4, UUID.class), rs.getObject(5, UUID.class)), arguments(args, asOf));
    }

    private List<ChartPerson> people(String with, String join, String filter, List<Object> args, LocalDate asOf) {
        return jdbc.query(with + "select s.person_id, d.name, s.title, s.team_id, s.manager_id, s.level from chart_person_state s"
                        + join + " left join person_data d on d.person_id = s.person_id where s.active and " + ON_DATE + filter,
                (rs, i) -> new ChartPerson(rs.getObject(1, UUID.class), displayName(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getString(6)), arguments(args, asOf));
    }

    private static Object[] arguments(List<Object> args, LocalDate asOf) {
        List<Object> all = new ArrayList<>(args);
        all.add(asOf);
        all.add(asOf);
        return all.toArray();
    }

    private static String displayName(String name) {
        return name == null ? PersonName.ERASED : name;
    }

    // ---- order

    private static <T> Comparator<T> order(Function<T, String> name, Function<T, UUID> id) {
        return Comparator.comparing((T row) -> sortName(name.apply(row))).thenComparing(id, OrgCharts::compareIds);
    }

    private static String sortName(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    /** Unsigned, byte by byte, as PostgreSQL orders uuids (UUID.compareTo compares signed halves). */
    static int compareIds(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** The rows in chart order, each name lower-cased once rather than at every comparison. */
    private static <T> List<T> sorted(List<T> rows, Function<T, String> name, Function<T, UUID> id) {
        record Keyed<T>(String key, UUID id, T row) {
        }
        @SuppressWarnings("unchecked")
        Keyed<T>[] keyed = new Keyed[rows.size()];
        for (int i = 0; i < keyed.length; i++) {
            T row = rows.get(i);
            keyed[i] = new Keyed<>(sortName(name.apply(row)), id.apply(row), row);
        }
        Arrays.sort(keyed, Comparator.comparing((Keyed<T> k) -> k.key()).thenComparing(Keyed::id, OrgCharts::compareIds));
        List<T> ordered = new ArrayList<>(keyed.length);
        for (Keyed<T> k : keyed) {
            ordered.add(k.row());
        }
        return Collections.unmodifiableList(ordered);
    }

    /**
     * The ordered rows without those of the changed subjects, with the changed subjects' current rows merged in at
     * their places. Unchanged rows stay the same objects, which lets the JSON of each be reused.
     */
    static <T> List<T> patch(List<T> rows, Set<UUID> changed, Collection<T> current, Function<T, UUID> id, Comparator<T> order) {
        List<T> kept = new ArrayList<>(rows.size());
        for (T row : rows) {
            if (!changed.contains(id.apply(row))) {
                kept.add(row);
            }
        }
        List<T> added = new ArrayList<>(current);
        added.sort(order);
        List<T> merged = new ArrayList<>(kept.size() + added.size());
        int from = 0;
        for (T row : added) {
            int at = insertionPoint(kept, from, row, order);
            merged.addAll(kept.subList(from, at));
            merged.add(row);
            from = at;
        }
        merged.addAll(kept.subList(from, kept.size()));
        return Collections.unmodifiableList(merged);
    }

    private static <T> int insertionPoint(List<T> rows, int from, T row, Comparator<T> order) {
        int low = from;
        int high = rows.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (order.compare(rows.get(middle), row) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
