package io.cadre.org.timeline;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 */
public class TimelineTables {

    private final JdbcTemplate jdbc;
    private final String prefix;

    public TimelineTables(JdbcTemplate jdbc, String prefix) {
        this.jdbc = jdbc;
        this.prefix = prefix;
    }

    /** Records the change made by the subject's event number {@code seq} and refolds that subject's intervals. */
    public void record(SubjectChange change, long seq) {
        List<Object[]> rows = change.fields().entrySet().stream()
                .map(f -> new Object[] {change.subjectId(), seq, Date.valueOf(change.validFrom()), f.getKey(), f.getValue()})
                .toList();
        jdbc.batchUpdate("insert into " + prefix + "change (subject_id, seq, valid_from, field, value) values (?, ?, ?, ?, ?)"
                + " on conflict do nothing", rows);
        refold(change.kind(), change.subjectId());
    }

    /** Empties every table, before a rebuild. */
    public void clear() {
        jdbc.execute("truncate " + prefix + "change, " + SubjectKind.PERSON.stateTable(prefix) + ", "
                + SubjectKind.TEAM.stateTable(prefix));
    }

    private void refold(SubjectKind kind, UUID subjectId) {
        List<Change> changes = jdbc.query(
                "select valid_from, field, value from " + prefix + "change where subject_id = ? order by valid_from, seq",
                (rs, i) -> new Change(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3)), subjectId);
        List<Interval> intervals = fold(changes);
        String table = kind.stateTable(prefix);
        jdbc.update("delete from " + table + " where " + kind.idColumn() + " = ?", subjectId);
        List<SubjectKind.Column> columns = kind.columns();
        String sql = "insert into " + table + " (" + kind.idColumn() + ", valid_from, valid_to, "
                + columns.stream().map(SubjectKind.Column::name).collect(Collectors.joining(", ")) + ") values (?, ?, ?, "
                + columns.stream().map(c -> "cast(? as " + c.cast() + ")").collect(Collectors.joining(", ")) + ")";
        List<Object[]> rows = new ArrayList<>();
        for (Interval interval : intervals) {
            Object[] row = new Object[3 + columns.size()];
            row[0] = subjectId;
            row[1] = Date.valueOf(interval.from);
            row[2] = interval.to == null ? null : Date.valueOf(interval.to);
            for (int c = 0; c < columns.size(); c++) {
                row[3 + c] = interval.state.get(columns.get(c).name());
            }
            rows.add(row);
        }
        jdbc.batchUpdate(sql, rows);
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
