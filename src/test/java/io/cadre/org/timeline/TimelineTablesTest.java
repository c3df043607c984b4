package io.cadre.org.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recording changes in batches of any size, in any mix of dates (later ones continue a subject's last interval,
 * back-dated ones refold it, repeated ones change nothing), gives the intervals a plain fold of all the changes gives.
 * The tables are this test's own copies of the rule tables, so no read model sees them.
 */
@IntegrationTest
class TimelineTablesTest {

    private static final String PREFIX = "timeline_test_";
    private static final LocalDate START = LocalDate.of(2020, 1, 1);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private TimelineTables timeline;

    @BeforeEach
    void tables() {
        for (String table : List.of("change", "person_state", "team_state")) {
            jdbc.execute("create table if not exists " + PREFIX + table + " (like rule_" + table + " including all)");
            jdbc.execute("truncate " + PREFIX + table);
        }
        timeline = new TimelineTables(jdbc, PREFIX);
    }

    @Test
    void batchesOfAnySizeGiveTheIntervalsOfOneFoldOfEveryChange() {
        for (long seed = 1; seed <= 12; seed++) {
            jdbc.execute("truncate " + PREFIX + "change, " + PREFIX + "person_state, " + PREFIX + "team_state");
            Random random = new Random(seed);
            List<TimelineTables.Numbered> changes = generate(random, 40, 12);
            List<List<TimelineTables.Numbered>> recorded = new ArrayList<>();
            int at = 0;
            while (at < changes.size()) {
                int size = 1 + random.nextInt(random.nextBoolean() ? 3 : 60);
                List<TimelineTables.Numbered> batch = changes.subList(at, Math.min(changes.size(), at + size));
                transactions.executeWithoutResult(status -> timeline.recordAll(batch));
                recorded.add(batch);
                // Now and then an earlier batch comes again, as a replay after a lost commit would: nothing may change.
                if (random.nextInt(4) == 0) {
                    List<TimelineTables.Numbered> again = recorded.get(random.nextInt(recorded.size()));
                    transactions.executeWithoutResult(status -> timeline.recordAll(again));
                }
                at += batch.size();
            }
            assertThat(stored()).as("seed %d", seed).isEqualTo(expected(changes));
        }
    }

    @Test
    void aCommandsOneSubjectIsLookedUpWithAPlanPostgresqlKeeps() {
        // As many people as a large organisation, and statistics that say so: a plan for ten ids then costs ten lookups.
        jdbc.update("insert into " + PREFIX + "person_state (person_id, valid_from, active) select gen_random_uuid(),"
                + " date '2020-01-01', true from generate_series(1, 20000)");
        jdbc.execute("analyze " + PREFIX + "person_state");
        UUID person = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            timeline.recordFirst(new SubjectChange(SubjectKind.PERSON, person, START, fields("active", "true", "title", "T0")));
            for (int seq = 1; seq <= 12; seq++) {
                timeline.record(new SubjectChange(SubjectKind.PERSON, person, START.plusDays(seq), fields("title", "T" + seq)), seq);
            }
            // The driver prepares a statement on the server from its fifth use; PostgreSQL then plans it five times for its
            // values before it may keep one plan for all, if that plan is no worse.
            List<Map<String, Object>> plans = jdbc.queryForList("select statement, generic_plans, custom_plans from pg_prepared_statements"
                    + " where statement like 'delete from " + PREFIX + "person_state where person_id = cast($1 as uuid) and valid_to is null returning %'");
            // One statement takes the last interval out and returns it: no read before the delete.
            assertThat(plans).hasSize(1).allSatisfy(plan -> assertThat(((Number) plan.get("generic_plans")).longValue())
                    .as("%s", plan).isPositive());
        });
    }

    @Test
    void aSubjectsFirstChangeAloneIsFoldedWithoutReadingAnything() {
        UUID person = UUID.randomUUID();
        SubjectChange hire = new SubjectChange(SubjectKind.PERSON, person, START,
                fields("active", "true", "team_id", UUID.randomUUID().toString(), "title", "Engineer"));
        transactions.executeWithoutResult(status -> timeline.recordFirst(hire));
        SubjectChange promotion = new SubjectChange(SubjectKind.PERSON, person, START.plusDays(30), fields("title", "Senior"));
        SubjectChange backDated = new SubjectChange(SubjectKind.PERSON, person, START.plusDays(10), fields("level", "L2"));
        transactions.executeWithoutResult(status -> timeline.record(promotion, 1));
        transactions.executeWithoutResult(status -> timeline.record(backDated, 2));

        List<TimelineTables.Numbered> all = List.of(new TimelineTables.Numbered(hire, 0),
                new TimelineTables.Numbered(promotion, 1), new TimelineTables.Numbered(backDated, 2));
        assertThat(stored()).isEqualTo(expected(all));
        assertThat(stored()).hasSize(3);
    }

    /** Changes for a few people and teams, each subject's numbered in order, dated mostly later but sometimes earlier. */
    private static List<TimelineTables.Numbered> generate(Random random, int count, int subjects) {
        List<UUID> ids = new ArrayList<>();
        Map<UUID, Long> next = new HashMap<>();
        Map<UUID, LocalDate> latest = new HashMap<>();
        Map<UUID, LocalDate> first = new HashMap<>();
        for (int i = 0; i < subjects; i++) {
            ids.add(UUID.randomUUID());
        }
        List<TimelineTables.Numbered> changes = new ArrayList<>();
        for (int i = 0; i < count * subjects / 4; i++) {
            UUID id = ids.get(random.nextInt(ids.size()));
            SubjectKind kind = ids.indexOf(id) % 3 == 0 ? SubjectKind.TEAM : SubjectKind.PERSON;
            long seq = next.merge(id, 1L, Long::sum) - 1;
            LocalDate last = latest.getOrDefault(id, START);
            LocalDate drawn = switch (random.nextInt(6)) {
                case 0 -> last;
                case 1 -> last.minusDays(1 + random.nextInt(200));
                default -> last.plusDays(random.nextInt(90));
            };
            // Nothing is dated before a subject's first change, which makes it active (the aggregates refuse it too).
            LocalDate begins = first.computeIfAbsent(id, x -> drawn);
            LocalDate date = drawn.isBefore(begins) ? begins : drawn;
            latest.merge(id, date, (a, b) -> a.isAfter(b) ? a : b);
            changes.add(new TimelineTables.Numbered(new SubjectChange(kind, id, date, randomFields(random, kind, seq)), seq));
        }
        return changes;
    }

    private static Map<String, String> randomFields(Random random, SubjectKind kind, long seq) {
        if (seq == 0) {
            return kind == SubjectKind.TEAM ? fields("active", "true", "name", "Team " + random.nextInt(5), "kind", "TEAM")
                    : fields("active", "true", "team_id", UUID.randomUUID().toString(), "title", "Title " + random.nextInt(5));
        }
        List<String> names = kind.columns().stream().map(SubjectKind.Column::name).toList();
        Map<String, String> fields = new LinkedHashMap<>();
        for (int n = 1 + random.nextInt(2); n > 0; n--) {
            String name = names.get(random.nextInt(names.size()));
            fields.put(name, value(random, name));
        }
        return fields;
    }

    private static String value(Random random, String column) {
        if (column.equals("active")) {
            return Boolean.toString(random.nextInt(4) != 0);
        }
        if (column.endsWith("_id")) {
            return random.nextInt(4) == 0 ? null : UUID.randomUUID().toString();
        }
        return column.equals("kind") ? "GROUP" : column + " " + random.nextInt(100);
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    /**
     * The intervals by the definition: a subject's state on a day is every change dated on or before it applied in order
     * of date, then number; an interval starts on each day a change takes effect and lasts until the next one.
     */
    private static List<String> expected(List<TimelineTables.Numbered> changes) {
        Map<UUID, List<TimelineTables.Numbered>> bySubject = new LinkedHashMap<>();
        changes.forEach(c -> bySubject.computeIfAbsent(c.change().subjectId(), id -> new ArrayList<>()).add(c));
        List<String> rows = new ArrayList<>();
        bySubject.forEach((id, own) -> {
            SubjectKind kind = own.getFirst().change().kind();
            TreeMap<LocalDate, Boolean> days = new TreeMap<>();
            own.forEach(c -> days.put(c.change().validFrom(), true));
            List<LocalDate> starts = new ArrayList<>(days.keySet());
            for (int i = 0; i < starts.size(); i++) {
                LocalDate day = starts.get(i);
                Map<String, String> state = new HashMap<>();
                own.stream().filter(c -> !c.change().validFrom().isAfter(day))
                        .sorted(Comparator.comparing((TimelineTables.Numbered c) -> c.change().validFrom())
                                .thenComparingLong(TimelineTables.Numbered::seq))
                        .forEach(c -> state.putAll(c.change().fields()));
                rows.add(row(kind, id, day, i + 1 < starts.size() ? starts.get(i + 1) : null, state));
            }
        });
        return rows.stream().sorted().toList();
    }

    private List<String> stored() {
        List<String> rows = new ArrayList<>();
        for (SubjectKind kind : SubjectKind.values()) {
            List<SubjectKind.Column> columns = kind.columns();
            String select = columns.stream().map(c -> "cast(" + c.name() + " as text)").reduce((a, b) -> a + ", " + b).orElseThrow();
            jdbc.query("select " + kind.idColumn() + ", valid_from, valid_to, " + select + " from " + kind.stateTable(PREFIX), rs -> {
                Map<String, String> state = new HashMap<>();
                for (int c = 0; c < columns.size(); c++) {
                    state.put(columns.get(c).name(), rs.getString(4 + c));
                }
                rows.add(row(kind, rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        state));
            });
        }
        return rows.stream().sorted().toList();
    }

    private static String row(SubjectKind kind, UUID id, LocalDate from, LocalDate to, Map<String, String> state) {
        StringBuilder row = new StringBuilder(kind + " " + id + " " + from + ".." + to);
        kind.columns().forEach(c -> row.append(' ').append(c.name()).append('=').append(state.get(c.name())));
        return row.toString();
    }
}
