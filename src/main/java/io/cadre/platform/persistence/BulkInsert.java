package io.cadre.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Inserts many rows with one statement whatever their number: each column travels as one text array, unnested and cast
 * to its type, so PostgreSQL plans and runs the insert once for a whole batch.
 */
public final class BulkInsert {

    /**
     * The type of a column that holds an event's own position in the store (its global index), given as the event's
     * identifier. A streaming processor's token cannot say it: an event that fills a gap arrives with a token at the
     * highest position seen, so a read model built from tokens would differ between a live run and a rebuild.
     */
    public static final String EVENT_POSITION = "event position";

    /** Marks a value of an {@link #EVENT_POSITION} column that already is the position, not an identifier to look up. */
    private static final String KNOWN = "#";

    private BulkInsert() {
    }

    /**
     * The value of an {@link #EVENT_POSITION} column for an event whose position its reader knew: stored as it is, with
     * no lookup of the event.
     */
    public static String knownPosition(long position) {
        return KNOWN + position;
    }

    /**
     * Inserts {@code rows} into {@code into} ("table (column, ...)"): {@code types} gives each column's SQL type, each row
     * holds the columns' values as text (or null), and {@code suffix} is appended (for example an on-conflict clause).
     */
    public static void into(JdbcTemplate jdbc, String into, List<String> types, List<? extends Object[]> rows, String suffix) {
        if (!rows.isEmpty()) {
            jdbc.update(con -> statement(con, into, types, rows, suffix));
        }
    }

    /** Inserts like {@link #into}, with a {@code suffix} ending in a returning clause whose rows go to {@code returned}. */
    public static void returning(JdbcTemplate jdbc, String into, List<String> types, List<? extends Object[]> rows, String suffix,
                                 RowCallbackHandler returned) {
        if (!rows.isEmpty()) {
            jdbc.query(con -> statement(con, into, types, rows, suffix), returned);
        }
    }

    private static PreparedStatement statement(Connection con, String into, List<String> types, List<? extends Object[]> rows,
                                               String suffix) throws SQLException {
        // An event position travels as two arrays: the positions known (a replay's) and the identifiers to look up.
        String select = IntStream.range(0, types.size()).mapToObj(c -> EVENT_POSITION.equals(types.get(c))
                        ? "coalesce(cast(p" + c + " as bigint),"
                                + " (select e.global_index from domain_event_entry e where e.event_identifier = c" + c + "))"
                        : "cast(c" + c + " as " + types.get(c) + ")")
                .collect(Collectors.joining(", "));
        String arrays = IntStream.range(0, types.size()).mapToObj(c -> EVENT_POSITION.equals(types.get(c))
                        ? "cast(? as text[]), cast(? as text[])" : "cast(? as text[])")
                .collect(Collectors.joining(", "));
        String names = IntStream.range(0, types.size()).mapToObj(c -> EVENT_POSITION.equals(types.get(c)) ? "c" + c + ", p" + c : "c" + c)
                .collect(Collectors.joining(", "));
        String sql = "insert into " + into + " select " + select + " from unnest(" + arrays + ") as r(" + names + ")" + suffix;
        PreparedStatement statement = con.prepareStatement(sql);
        int parameter = 1;
        for (int c = 0; c < types.size(); c++) {
            if (EVENT_POSITION.equals(types.get(c))) {
                statement.setArray(parameter++, column(con, rows, c, text -> text.startsWith(KNOWN) ? null : text));
                statement.setArray(parameter++, column(con, rows, c, text -> text.startsWith(KNOWN) ? text.substring(KNOWN.length()) : null));
            } else {
                statement.setArray(parameter++, column(con, rows, c, UnaryOperator.identity()));
            }
        }
        return statement;
    }

    /** Column {@code c} of the rows as a text array: each value's text as {@code pick} keeps it (a null stays null). */
    private static java.sql.Array column(Connection con, List<? extends Object[]> rows, int c, UnaryOperator<String> pick)
            throws SQLException {
        String[] values = new String[rows.size()];
        for (int r = 0; r < values.length; r++) {
            Object[] row = rows.get(r);
            Object value = row[c];
            values[r] = value == null ? null : pick.apply(value.toString());
        }
        return con.createArrayOf("text", values);
    }
}
