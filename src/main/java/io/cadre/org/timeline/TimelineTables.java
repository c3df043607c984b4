package io.cadre.org.timeline;

import io.cadre.platform.persistence.BulkInsert;
import io.cadre.platform.persistence.IdCondition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 * in as arrays). A subject whose new changes all take effect on or after the start of its last interval, as most do,
 * continues from that interval: only it is taken out (one statement deletes it and returns it) and written again,
 * followed by the new ones. Any other subject (a back-dated change, or a change recorded before) is folded anew from
 * all its changes. Both give the same intervals as folding the subject after each change. A change to one subject
 * costs three statements: its change rows, its last interval taken out, its intervals from there on.
 */
public class TimelineTables {

    private static final List<String> CHANGE_TYPES = List.of("uuid", "bigint", "date", "text", "text", "timestamptz");

    private final JdbcTemplate jdbc;
    private final String prefix;

    public TimelineTables(JdbcTemplate jdbc, String prefix) {
        this.jdbc = jdbc;
        this.prefix = prefix;
    }

    /** The change made by a subject's event number {@code seq}, recorded at {@code recordedAt} (null where no view asks). */
    public record Numbered(SubjectChange change, long seq, Instant recordedAt) {

        public Numbered(SubjectChange change, long seq) {
            this(change, seq, null);
        }
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
        Map<UUID, Subject> subjects = new LinkedHashMap<>();
        for (Numbered numbered : changes) {
            SubjectChange change = numbered.change();
            Subject subject = subjects.computeIfAbsent(change.subjectId(), id -> new Subject(id, change.kind()));
            change.fields().forEach((field, value) -> subject.added.add(new Change(change.validFrom(), field, value)));
        }
        insertChanges(changes, subjects);
        takeLastIntervals(subjects);
        for (Subject subject : subjects.values()) {
            // Stable: a subject's changes arrive in the order of their numbers, which breaks ties between dates.
            subject.added.sort(Comparator.comparing(Change::date));
            if (subject.inserted < subject.added.size()) {
                subject.refold = true;
            } else if (subject.last == null) {
                subject.intervals = fold(subject.added);
            } else if (!subject.added.getFirst().date().isBefore(subject.last.from)) {
                List<Change> continued = new ArrayList<>();
                subject.last.state.forEach((field, value) -> continued.add(new Change(subject.last.from, field, value)));
                continued.addAll(subject.added);
                subject.intervals = fold(continued);
            } else {
                subject.refold = true;
            }
        }
        refold(subjects.values().stream().filter(s -> s.refold).toList());
        for (SubjectKind kind : SubjectKind.values()) {
            List<Subject> ofKind = subjects.values().stream().filter(s -> s.kind == kind).toList();
            delete(kind, ofKind.stream().filter(s -> s.refold).toList());
            insertIntervals(kind, ofKind);
        }
    }

    /**
     * Records the first change of a subject that has none recorded yet (its aggregate's first event, in the command's
     * transaction): its intervals are folded from that change alone, with nothing to read or delete first.
     */
    public void recordFirst(SubjectChange change) {
        Subject subject = new Subject(change.subjectId(), change.kind());
        change.fields().forEach((field, value) -> subject.added.add(new Change(change.validFrom(), field, value)));
        insertChanges(List.of(new Numbered(change, 0)), Map.of(subject.id, subject));
        subject.intervals = fold(subject.added);
        insertIntervals(change.kind(), List.of(subject));
    }

    /** Inserts the changes and counts, per subject, the rows that were new (a change recorded before is left alone). */
    private void insertChanges(List<Numbered> changes, Map<UUID, Subject> subjects) {
        List<Object[]> rows = new ArrayList<>();
        for (Numbered numbered : changes) {
            SubjectChange change = numbered.change();
            for (Map.Entry<String, String> field : change.fields().entrySet()) {
                rows.add(new Object[] {change.subjectId(), numbered.seq(), change.validFrom(), field.getKey(), field.getValue(),
                        numbered.recordedAt()});
            }
        }
        BulkInsert.returning(jdbc, prefix + "change (subject_id, seq, valid_from, field, value, recorded_at)", CHANGE_TYPES, rows,
                " on conflict do nothing returning subject_id", rs -> {
                    subjects.get(rs.getObject(1, UUID.class)).inserted++;
                });
    }

    /**
     * Takes each subject's last interval (the one without an end) out of its table, with its state as the changes' text
     * values, in the statement that would otherwise only read it: the batch writes it again, continued or folded anew.
     */
    private void takeLastIntervals(Map<UUID, Subject> subjects) {
        for (SubjectKind kind : SubjectKind.values()) {
            String[] ids = subjects.values().stream().filter(s -> s.kind == kind).map(s -> s.id.toString()).toArray(String[]::new);
            if (ids.length == 0) {
                continue;
            }
            List<SubjectKind.Column> columns = kind.columns();
            String returned = columns.stream().map(c -> "cast(" + c.name() + " as text)").collect(Collectors.joining(", "));
            jdbc.query(con -> {
                var statement = con.prepareStatement("delete from " + kind.stateTable(prefix) + " where " + kind.idColumn()
                        + IdCondition.of(ids) + " and valid_to is null returning " + kind.idColumn() + ", valid_from, " + returned);
                IdCondition.bind(statement, ids);
                return statement;
            }, rs -> {
                Map<String, String> state = new HashMap<>();
                for (int c = 0; c < columns.size(); c++) {
                    String value = rs.getString(3 + c);
                    if (value != null) {
                        state.put(columns.get(c).name(), value);
                    }
                }
                subjects.get(rs.getObject(1, UUID.class)).last = new Interval(rs.getObject(2, LocalDate.class), state);
            });
        }
    }

    /** Folds the subjects anew from every change recorded for them. */
    private void refold(List<Subject> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        Map<UUID, List<Change>> all = new HashMap<>();
        String[] ids = subjects.stream().map(s -> s.id.toString()).toArray(String[]::new);
        jdbc.query(con -> {
            var statement = con.prepareStatement("select subject_id, valid_from, field, value from " + prefix + "change"
                    + " where subject_id = any(cast(? as uuid[])) and retracted_at is null order by subject_id, valid_from, seq");
            statement.setArray(1, con.createArrayOf("text", ids));
            return statement;
        }, rs -> {
            all.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                    .add(new Change(rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)));
        });
        subjects.forEach(subject -> subject.intervals = fold(all.getOrDefault(subject.id, List.of())));
    }

    /**
     * Marks the subject's change number {@code seq} retracted at {@code at} (null: now) and folds the subject's intervals
     * anew from the changes that stand. Marking it again leaves the first instant, so a replay changes nothing.
     */
    public void retract(SubjectKind kind, UUID subjectId, long seq, Instant at) {
        // An instant's own text holds nothing but digits, dashes, colons, a dot and letters T and Z.
        String when = at == null ? "now()" : "cast('" + at + "' as timestamptz)";
        jdbc.update("update " + prefix + "change set retracted_at = coalesce(retracted_at, " + when + ")"
                + " where subject_id = ? and seq = ?", subjectId, seq);
        Subject subject = new Subject(subjectId, kind);
        refold(List.of(subject));
        delete(kind, List.of(subject));
        insertIntervals(kind, List.of(subject));
    }

    /** Empties every table, before a rebuild. */
    public void clear() {
        jdbc.execute("truncate " + prefix + "change, " + SubjectKind.PERSON.stateTable(prefix) + ", "
                + SubjectKind.TEAM.stateTable(prefix));
    }

    /** Deletes every interval of the subjects. */
    private void delete(SubjectKind kind, List<Subject> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        String[] ids = subjects.stream().map(s -> s.id.toString()).toArray(String[]::new);
        jdbc.update(con -> {
            var statement = con.prepareStatement("delete from " + kind.stateTable(prefix) + " where " + kind.idColumn()
                    + IdCondition.of(ids));
            IdCondition.bind(statement, ids);
            return statement;
        });
    }

    private void insertIntervals(SubjectKind kind, List<Subject> subjects) {
        List<SubjectKind.Column> columns = kind.columns();
        List<Object[]> rows = new ArrayList<>();
        for (Subject subject : subjects) {
            for (Interval interval : subject.intervals) {
                Object[] row = new Object[3 + columns.size()];
                row[0] = subject.id;
                row[1] = interval.from;
                row[2] = interval.to;
                for (int c = 0; c < columns.size(); c++) {
                    row[3 + c] = interval.state.get(columns.get(c).name());
                }
                rows.add(row);
            }
        }
        List<String> types = new ArrayList<>(List.of("uuid", "date", "date"));
        columns.forEach(c -> types.add(c.cast()));
        BulkInsert.into(jdbc, kind.stateTable(prefix) + " (" + kind.idColumn() + ", valid_from, valid_to, "
                + columns.stream().map(SubjectKind.Column::name).collect(Collectors.joining(", ")) + ")", types, rows, "");
    }

    /**
     * One team or person a batch changes: its new changes, how many were new to the table, its last interval before the
     * batch, whether it is folded anew from all its changes, and its intervals from the last one on (or all of them).
     */
    private static final class Subject {
        final UUID id;
        final SubjectKind kind;
        final List<Change> added = new ArrayList<>();
        int inserted;
        Interval last;
        boolean refold;
        List<Interval> intervals = List.of();

        Subject(UUID id, SubjectKind kind) {
            this.id = id;
            this.kind = kind;
        }
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
