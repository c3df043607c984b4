package io.cadre.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
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

    private BulkInsert() {
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
        String select = IntStream.range(0, types.size()).mapToObj(c -> EVENT_POSITION.equals(types.get(c))
                        ? "(select e.global_index from domain_event_entry e where e.event_identifier = c" + c + ")"
                        : "cast(c" + c + " as " + types.get(c) + ")")
                .collect(Collectors.joining(", "));
        String arrays = IntStream.range(0, types.size()).mapToObj(c -> "cast(? as text[])").collect(Collectors.joining(", "));
        String names = IntStream.range(0, types.size()).mapToObj(c -> "c" + c).collect(Collectors.joining(", "));
        String sql = "insert into " + into + " select " + select + " from unnest(" + arrays + ") as r(" + names + ")" + suffix;
        PreparedStatement statement = con.prepareStatement(sql);
        for (int c = 0; c < types.size(); c++) {
            statement.setArray(c + 1, column(con, rows, c));
        }
        return statement;
    }

    private static java.sql.Array column(Connection con, List<? extends Object[]> rows, int c) throws SQLException {
        String[] values = new String[rows.size()];
        for (int r = 0; r < values.length; r++) {
            Object[] row = rows.get(r);
            Object value = row[c];
            values[r] = value == null ? null : value.toString();
        }
        return con.createArrayOf("text", values);
    }
}
