package io.cadre.org.timeline;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the dated state of every team and person as intervals: each change is stored as the fields it
 * sets from its date, and a subject's intervals are folded anew from its changes, so a back-dated
 * change lands between later facts without overriding them. The command side keeps one set of these
 * tables for its rules and the org-chart projection another, both through this class.
 *
 * <p>Changes are recorded a batch at a time: one statement per table whatever the batch holds (the rows go
 * in as arrays), and each subject the batch touches is folded once, from all its changes, which gives the
 * same intervals as folding it after each change.
 */
public class TimelineTables {

    private final JdbcTemplate jdbc;
    private final String prefix;

    public TimelineTables(JdbcTemplate jdbc, String prefix) {
        this.jdbc = jdbc;
        this.prefix = prefix;
    }

    /** The change made by a subject's event number {@code seq}. */
    public record Numbered(SubjectChange change, long seq) {
    }

    /** Records the change made by the subject's event number {@code seq} and refolds that subject's intervals. */
    public void record(SubjectChange change, long seq) {
        recordAll(List.of(new Numbered(change, seq)));
    }

    /** Records the changes, in their order, and refolds the intervals of every subject they touch. */
    public void recordAll(List<Numbered> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<UUID, SubjectKind> subjects = insertChanges(changes);
        Map<UUID, List<Change>> bySubject = new HashMap<>();
        String[] ids = subjects.keySet().stream().map(UUID::toString).toArray(String[]::new);
        jdbc.query(con -> {
            var statement = con.prepareStatement("select subject_id, valid_from, field, value from " + prefix + "change"
                    + " where subject_id = any(cast(? as uuid[])) order by subject_id, valid_from, seq");
            statement.setArray(1, con.createArrayOf("text", ids));
            return statement;
        }, rs -> {
            bySubject.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                    .add(new Change(rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)));
        });
        writeIntervals(subjects, bySubject);
    }

    /**
     * Records the first change of a subject that has none recorded yet (its aggregate's first event, in the command's
     * transaction): its intervals are folded from that change alone, with nothing to read or delete first.
     */
    public void recordFirst(SubjectChange change) {
        List<Change> changes = new ArrayList<>();
        change.fields().forEach((field, value) -> changes.add(new Change(change.validFrom(), field, value)));
        // The change and the intervals folded from it go in with one statement.
        insert(changeRows(List.of(new Numbered(change, 0))),
                intervalRows(change.kind(), List.of(change.subjectId()), Map.of(change.subjectId(), changes)));
    }

    private Map<UUID, SubjectKind> insertChanges(List<Numbered> changes) {
        Map<UUID, SubjectKind> subjects = new LinkedHashMap<>();
        changes.forEach(numbered -> subjects.put(numbered.change().subjectId(), numbered.change().kind()));
        insert(changeRows(changes));
        return subjects;
    }

    private Rows changeRows(List<Numbered> changes) {
        List<Object[]> rows = new ArrayList<>();
        for (Numbered numbered : changes) {
            SubjectChange change = numbered.change();
            for (Map.Entry<String, String> field : change.fields().entrySet()) {
                rows.add(new Object[] {change.subjectId().toString(), Long.toString(numbered.seq()),
                        change.validFrom().toString(), field.getKey(), field.getValue()});
            }
        }
        return new Rows(prefix + "change (subject_id, seq, valid_from, field, value)",
                List.of("uuid", "bigint", "date", "text", "text"), rows, " on conflict do nothing");
    }

    /** Empties every table, before a rebuild. */
    public void clear() {
        jdbc.execute("truncate " + prefix + "change, " + SubjectKind.PERSON.stateTable(prefix) + ", "
                + SubjectKind.TEAM.stateTable(prefix));
    }

    /** Replaces the intervals of the subjects with those folded from their changes. */
    private void writeIntervals(Map<UUID, SubjectKind> subjects, Map<UUID, List<Change>> bySubject) {
        for (SubjectKind kind : SubjectKind.values()) {
            List<UUID> ofKind = subjects.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            String table = kind.stateTable(prefix);
            String[] kindIds = ofKind.stream().map(UUID::toString).toArray(String[]::new);
            jdbc.update(con -> {
                var statement = con.prepareStatement("delete from " + table + " where " + kind.idColumn()
                        + " = any(cast(? as uuid[]))");
                statement.setArray(1, con.createArrayOf("text", kindIds));
                return statement;
            });
            insert(intervalRows(kind, ofKind, bySubject));
        }
    }

    private Rows intervalRows(SubjectKind kind, List<UUID> subjectIds, Map<UUID, List<Change>> bySubject) {
        List<SubjectKind.Column> columns = kind.columns();
        List<Object[]> rows = new ArrayList<>();
        for (UUID subjectId : subjectIds) {
            for (Interval interval : fold(bySubject.getOrDefault(subjectId, List.of()))) {
                Object[] row = new Object[3 + columns.size()];
                row[0] = subjectId.toString();
                row[1] = interval.from.toString();
                row[2] = interval.to == null ? null : interval.to.toString();
                for (int c = 0; c < columns.size(); c++) {
                    row[3 + c] = interval.state.get(columns.get(c).name());
                }
                rows.add(row);
            }
        }
        List<String> types = new ArrayList<>(List.of("uuid", "date", "date"));
        columns.forEach(c -> types.add(c.cast()));
        return new Rows(kind.stateTable(prefix) + " (" + kind.idColumn() + ", valid_from, valid_to, "
                + columns.stream().map(SubjectKind.Column::name).collect(Collectors.joining(", ")) + ")", types, rows, "");
    }

    /** Rows to insert into a table (with its column list), each column of the given type, and what follows the insert. */
    private record Rows(String into, List<String> types, Collection<Object[]> rows, String suffix) {

        /** The insert: each column goes in as one text array, cast to its type. */
        String sql() {
            StringBuilder select = new StringBuilder();
            StringBuilder arrays = new StringBuilder();
            for (int c = 0; c < types.size(); c++) {
                select.append(c == 0 ? "" : ", ").append("cast(c").append(c).append(" as ").append(types.get(c)).append(')');
                arrays.append(c == 0 ? "" : ", ").append("cast(? as text[])");
            }
            return "insert into " + into + " select " + select + " from unnest(" + arrays + ") as r("
                    + java.util.stream.IntStream.range(0, types.size()).mapToObj(c -> "c" + c).collect(Collectors.joining(", "))
                    + ")" + suffix;
        }
    }

    /**
     * Inserts the rows of every part with one statement (the first parts as data-modifying WITH queries of the last),
     * each column as one text array; parts without rows are left out.
     */
    private void insert(Rows... parts) {
        List<Rows> present = java.util.Arrays.stream(parts).filter(p -> !p.rows().isEmpty()).toList();
        if (present.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder();
        for (int p = 0; p < present.size() - 1; p++) {
            sql.append(p == 0 ? "with " : ", ").append("part").append(p).append(" as (").append(present.get(p).sql()).append(')');
        }
        sql.append(present.size() > 1 ? " " : "").append(present.getLast().sql());
        jdbc.update(con -> {
            var statement = con.prepareStatement(sql.toString());
            int parameter = 1;
            for (Rows part : present) {
                for (int c = 0; c < part.types().size(); c++) {
                    statement.setArray(parameter++, column(con, part.rows(), c));
                }
            }
            return statement;
        });
    }

    private static java.sql.Array column(Connection con, Collection<Object[]> rows, int c) throws SQLException {
        String[] values = new String[rows.size()];
        int r = 0;
        for (Object[] row : rows) {
            values[r++] = (String) row[c];
        }
        return con.createArrayOf("text", values);
    }

    private static List<Interval> fold(List<Change> changes) {
        List<Interval> intervals = new ArrayList<>();
        Map<String, String> state = new HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            state.put(change.field, change.value);
            boolean lastOfDate = i + 1 == changes.size() || !changes.get(i + 1).date.equals(change.date);
            if (lastOfDate) {
                if (!intervals.isEmpty()) {
                    intervals.getLast().to = change.date;
                }
                intervals.add(new Interval(change.date, new HashMap<>(state)));
            }
        }
        return intervals;
    }

    private record Change(LocalDate date, String field, String value) {
    }

    private static final class Interval {
        final LocalDate from;
        final Map<String, String> state;
        LocalDate to;

        Interval(LocalDate from, Map<String, String> state) {
            this.from = from;
            this.state = state;
        }
    }
}
