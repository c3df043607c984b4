package io.cadre.reports.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The dated facts of teams and people, in the order they apply, held compactly: a fact is a subject, a field, a day
 * and a value, and subjects and values are shared among the facts that repeat them, so that the whole log of a large
 * organisation (a million facts and more) fits in a few tens of megabytes and folds without a database round trip.
 */
final class Facts {

    /** The fields a team's facts set. */
    static final byte TEAM_ACTIVE = 0;
    static final byte TEAM_NAME = 1;
    static final byte TEAM_PARENT = 2;
    static final byte TEAM_LEAD = 3;
    /** The fields a person's facts set. */
    static final byte PERSON_TEAM = 4;
    static final byte PERSON_MANAGER = 5;
    static final byte PERSON_LEVEL = 6;
    static final byte PERSON_HIRED = 7;
    static final byte PERSON_LEFT = 8;
    /** A field no report reads. */
    static final byte OTHER = 9;

    private static final List<String> TEAM_FIELDS = List.of("active", "name", "parent_id", "lead_id");
    private static final List<String> PERSON_FIELDS = List.of("team_id", "manager_id", "level", "hired", "left");

    private UUID[] subjects;
    private byte[] fields;
    private int[] days;
    private Object[] values;
    private int size;

    private Facts(int capacity) {
        subjects = new UUID[capacity];
        fields = new byte[capacity];
        days = new int[capacity];
        values = new Object[capacity];
    }

    int size() {
        return size;
    }

    UUID subject(int i) {
        return subjects[i];
    }

    byte field(int i) {
        return fields[i];
    }

    /** Whether the fact is about a team rather than a person. */
    boolean aboutTeam(int i) {
        return fields[i] <= TEAM_LEAD;
    }

    LocalDate date(int i) {
        return LocalDate.ofEpochDay(days[i]);
    }

    long day(int i) {
        return days[i];
    }

    /** The value: a {@link UUID} for the fields that name a team or person, the text otherwise (null when cleared). */
    Object value(int i) {
        return values[i];
    }

    /**
     * Reads facts from rows of {@code subject_id, kind, valid_from, field, value}, already in the order they apply,
     * sharing every repeated subject and value.
     */
    static final class Reader {
        private final Facts facts = new Facts(1 << 12);
        private final Map<Object, Object> shared = new HashMap<>();

        void add(ResultSet rs) throws SQLException {
            boolean team = rs.getString(2).charAt(0) == 'T';
            String name = rs.getString(4);
            int index = (team ? TEAM_FIELDS : PERSON_FIELDS).indexOf(name);
            byte field = index < 0 ? OTHER : (byte) (team ? index : PERSON_TEAM + index);
            String text = rs.getString(5);
            Object value = text == null ? null : switch (field) {
                case TEAM_PARENT, TEAM_LEAD, PERSON_TEAM, PERSON_MANAGER -> UUID.fromString(text);
                default -> text;
            };
            facts.add(share(rs.getObject(1, UUID.class)), field, (int) rs.getObject(3, LocalDate.class).toEpochDay(),
                    value == null ? null : share(value));
        }

        @SuppressWarnings("unchecked")
        private <T> T share(T value) {
            return (T) shared.computeIfAbsent(value, v -> v);
        }

        Facts facts() {
            return facts.trimmed();
        }
    }

    private void add(UUID subject, byte field, int day, Object value) {
        if (size == subjects.length) {
            grow(size * 2);
        }
        subjects[size] = subject;
        fields[size] = field;
        days[size] = day;
        values[size] = value;
        size++;
    }

    private Facts trimmed() {
        grow(size);
        return this;
    }

    private void grow(int capacity) {
        subjects = Arrays.copyOf(subjects, capacity);
        fields = Arrays.copyOf(fields, capacity);
        days = Arrays.copyOf(days, capacity);
        values = Arrays.copyOf(values, capacity);
    }
}
