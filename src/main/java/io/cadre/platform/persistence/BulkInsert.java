package io.cadre.platform.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.Oid;
import org.postgresql.jdbc.PgArray;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Inserts many rows with few statements: each column travels as one text array, unnested and cast to its type, so
 * PostgreSQL plans and runs the insert once for many rows. A column's array is kept under {@link #CHUNK_CHARS}
 * characters, and rows beyond that go in the next statement: the driver builds each array in memory by doubling a
 * buffer, and arrays of a megabyte or more (a replay's batch of event documents) are allocated outside the JVM's young
 * generation, where each starts a concurrent collection.
 */
public final class BulkInsert {

    /**
     * The type of a column that holds an event's own position in the store (its global index), given as the event's
     * identifier. A streaming processor's token cannot say it: an event that fills a gap arrives with a token at the
     * highest position seen, so a read model built from tokens would differ between a live run and a rebuild.
     */
    public static final String EVENT_POSITION = "event position";

    /**
     * The characters one column's array holds at most, unless a single value is longer: small enough that the driver's
     * buffer for it, twice its bytes at most, stays well under half a megabyte.
     */
    static final int CHUNK_CHARS = 64_000;

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
        String sql = sql(into, types, suffix);
        for (String[][] chunk : chunks(texts(rows, types.size()))) {
            jdbc.update(con -> statement(con, sql, types, chunk));
        }
    }

    /** Inserts like {@link #into}, with a {@code suffix} ending in a returning clause whose rows go to {@code returned}. */
    public static void returning(JdbcTemplate jdbc, String into, List<String> types, List<? extends Object[]> rows, String suffix,
                                 RowCallbackHandler returned) {
        String sql = sql(into, types, suffix);
        for (String[][] chunk : chunks(texts(rows, types.size()))) {
            jdbc.query(con -> statement(con, sql, types, chunk), returned);
        }
    }

    /** The values as text, column by column: {@code [column][row]}, a null staying null. */
    private static String[][] texts(List<? extends Object[]> rows, int columns) {
        String[][] texts = new String[columns][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            Object[] row = rows.get(r);
            for (int c = 0; c < columns; c++) {
                Object value = row[c];
                texts[c][r] = value == null ? null : value.toString();
            }
        }
        return texts;
    }

    /**
     * The columns cut into runs of rows, in order, each column of a run holding at most {@link #CHUNK_CHARS} characters
     * (a single longer value makes a run of its own); no rows, no runs.
     */
    static List<String[][]> chunks(String[][] columns) {
        int rows = columns.length == 0 ? 0 : columns[0].length;
        List<String[][]> chunks = new ArrayList<>();
        int start = 0;
        long[] chars = new long[columns.length];
        for (int r = 0; r < rows; r++) {
            boolean full = false;
            for (int c = 0; c < columns.length; c++) {
                String value = columns[c][r];
                chars[c] += value == null ? 0 : value.length();
                full |= chars[c] > CHUNK_CHARS;
            }
            if (full && r > start) {
                chunks.add(slice(columns, start, r));
                start = r;
                for (int c = 0; c < columns.length; c++) {
                    String value = columns[c][r];
                    chars[c] = value == null ? 0 : value.length();
                }
            }
        }
        if (rows > start) {
            chunks.add(slice(columns, start, rows));
        }
        return chunks;
    }

    private static String[][] slice(String[][] columns, int from, int to) {
        if (from == 0 && to == columns[0].length) {
            return columns;
        }
        String[][] slice = new String[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            slice[c] = Arrays.copyOfRange(columns[c], from, to);
        }
        return slice;
    }

    private static String sql(String into, List<String> types, String suffix) {
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
        return "insert into " + into + " select " + select + " from unnest(" + arrays + ") as r(" + names + ")" + suffix;
    }

    private static PreparedStatement statement(Connection con, String sql, List<String> types, String[][] columns)
            throws SQLException {
        PreparedStatement statement = con.prepareStatement(sql);
        int parameter = 1;
        for (int c = 0; c < types.size(); c++) {
            if (EVENT_POSITION.equals(types.get(c))) {
                statement.setArray(parameter++, array(con, columns[c], text -> text.startsWith(KNOWN) ? null : text));
                statement.setArray(parameter++, array(con, columns[c], text -> text.startsWith(KNOWN) ? text.substring(KNOWN.length()) : null));
            } else {
                statement.setArray(parameter++, textArray(con, columns[c]));
            }
        }
        return statement;
    }

    /** A column's values as a text array, each as {@code pick} keeps it (a null stays null). */
    private static Array array(Connection con, String[] column, UnaryOperator<String> pick) throws SQLException {
        String[] values = new String[column.length];
        for (int r = 0; r < values.length; r++) {
            values[r] = column[r] == null ? null : pick.apply(column[r]);
        }
        return textArray(con, values);
    }

    /**
     * The values as a text array in PostgreSQL's binary form, built in one buffer of its final size: the driver's own
     * {@code createArrayOf} grows a buffer by doubling it, and in a replay that was a quarter of all the memory Cadre
     * allocated.
     */
    private static Array textArray(Connection con, String[] values) throws SQLException {
        return new PgArray(con.unwrap(BaseConnection.class), Oid.TEXT_ARRAY, binaryTextArray(values));
    }

    /** One dimension, a flag for nulls, the element type, the length and lower bound, then each value's length and bytes. */
    static byte[] binaryTextArray(String[] values) {
        byte[][] encoded = new byte[values.length][];
        int size = 5 * Integer.BYTES;
        boolean nulls = false;
        for (int r = 0; r < values.length; r++) {
            if (values[r] == null) {
                nulls = true;
            } else {
                encoded[r] = values[r].getBytes(StandardCharsets.UTF_8);
                size += encoded[r].length;
            }
            size += Integer.BYTES;
        }
        ByteBuffer array = ByteBuffer.allocate(size);
        array.putInt(1).putInt(nulls ? 1 : 0).putInt(Oid.TEXT).putInt(values.length).putInt(1);
        for (byte[] value : encoded) {
            if (value == null) {
                array.putInt(-1);
            } else {
                array.putInt(value.length).put(value);
            }
        }
        return array.array();
    }
}
