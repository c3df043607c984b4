package io.cadre.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * What PostgreSQL alone needs to write the rows a rebuild leaves behind: each read-model table is copied, inside the
 * database, into an empty twin with the same indexes, {@value #ROWS} rows a statement and each statement its own
 * transaction, as the replay commits them, on as many connections as the machine has cores. No Java handles an event,
 * no row crosses the network and no text is parsed, so the rate this gives bounds what any rebuild into these read
 * models can reach on this machine, whatever the code in front of the database. It is a generous bound: the replay
 * also rewrites some rows on the way (an interval closed when the next begins) and reads back what it needs.
 *
 * <p>A copy can also give each twin only its primary key and unique constraints at first and build its other indexes
 * after the rows are in, as a bulk load would: what that lever is worth, before anyone builds it into the rebuild.
 */
final class RebuildCeiling {

    /** Rows a statement: the order of a replay batch's rows per table. */
    static final int ROWS = 2_000;
    private static final String TWIN = "ceiling_";

    /** One table's copy: its rows, and the seconds its statements took on one connection. */
    record Copy(String table, long rows, double seconds) {
    }

    /** A copy of every table: its wall time on all connections, and each table's own time. */
    record Pass(double seconds, List<Copy> copies) {

        long rows() {
            return copies.stream().mapToLong(Copy::rows).sum();
        }

        /** The tables that hold rows, by the time their copy took, slowest first: "audit_entry 248,204 rows 9.0 s". */
        String tables() {
            return copies.stream().filter(copy -> copy.rows() > 0).sorted(Comparator.comparingDouble(Copy::seconds).reversed())
                    .map(copy -> "%s %,d rows %.1f s".formatted(copy.table(), copy.rows(), copy.seconds()))
                    .collect(Collectors.joining(", "));
        }
    }

    private final DataSource database;
    private final int connections;

    RebuildCeiling(DataSource database, int connections) {
        this.database = database;
        this.connections = connections;
    }

    /**
     * Copies every table into its twin, the largest first, its secondary indexes kept or built after the rows, and
     * drops the twins again.
     */
    Pass copyAll(Collection<String> tables, boolean indexesAfter) throws Exception {
        List<String> largestFirst = new ArrayList<>(tables);
        Map<String, Long> sizes = new HashMap<>();
        untimed(connection -> {
            for (String table : tables) {
                sizes.put(table, single(connection, "select pg_relation_size('" + name(table) + "')"));
            }
            return execute(connection, "checkpoint");
        });
        largestFirst.sort(Comparator.comparingLong(sizes::get).reversed());
        try {
            long started = System.nanoTime();
            List<Copy> copies = onAll(largestFirst, table -> copy(table, indexesAfter));
            return new Pass((System.nanoTime() - started) / 1e9, copies);
        } finally {
            untimed(connection -> {
                for (String table : tables) {
                    execute(connection, "drop table if exists " + TWIN + name(table));
                }
                return null;
            });
        }
    }

    private interface TableWork {
        Copy on(String table) throws SQLException;
    }

    private interface ConnectionWork<T> {
        T on(Connection connection) throws SQLException;
    }

    /** The work for each table, the largest first, on {@link #connections} threads that each take the next table. */
    private List<Copy> onAll(List<String> tables, TableWork work) throws Exception {
        ConcurrentLinkedQueue<String> waiting = new ConcurrentLinkedQueue<>(tables);
        List<Copy> copies = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService threads = Executors.newFixedThreadPool(connections)) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                running.add(threads.submit(() -> {
                    for (String table = waiting.poll(); table != null; table = waiting.poll()) {
                        copies.add(work.on(table));
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        }
        return List.copyOf(copies);
    }

    /**
     * Copies the table into an empty twin by ranges of pages holding about {@link #ROWS} rows, in the order they lie,
     * each range one statement in its own transaction; the twin's secondary indexes either exist from the start or are
     * built at the end, and count in its time either way.
     */
    private Copy copy(String table, boolean indexesAfter) throws SQLException {
        String twin = TWIN + name(table);
        return untimed(connection -> {
            execute(connection, "drop table if exists " + twin);
            execute(connection, "create table " + twin + " (like " + table + " including all)");
            List<String> later = new ArrayList<>();
            if (indexesAfter) {
                List<String> names = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                     ResultSet indexes = statement.executeQuery("select indexrelid::regclass::text, pg_get_indexdef(indexrelid)"
                             + " from pg_index where indrelid = '" + twin + "'::regclass"
                             + " and not exists (select from pg_constraint where conindid = indexrelid)")) {
                    while (indexes.next()) {
                        names.add(indexes.getString(1));
                        later.add(indexes.getString(2));
                    }
                }
                for (String index : names) {
                    execute(connection, "drop index " + index);
                }
            }
            long rows = single(connection, "select count(*) from " + table);
            long pages = Math.max(1, single(connection, "select pg_relation_size('" + table + "') / current_setting('block_size')::int"));
            long pagesAStatement = Math.max(1, Math.round((double) ROWS * pages / Math.max(1, rows)));
            long started = System.nanoTime();
            for (long page = 0; page < pages; page += pagesAStatement) {
                execute(connection, "insert into " + twin + " select * from " + table
                        + " where ctid >= '(" + page + ",0)'::tid and ctid < '(" + (page + pagesAStatement) + ",0)'::tid");
            }
            for (String index : later) {
                execute(connection, index);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            execute(connection, "drop table " + twin);
            return new Copy(table, rows, seconds);
        });
    }

    /**
     * Work on a pooled connection in autocommit, free of Cadre's statement timeout (the larger index builds take longer
     * than Cadre allows an ordinary statement), which is put back before the connection returns to the pool.
     */
    private <T> T untimed(ConnectionWork<T> work) throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(true);
            execute(connection, "set statement_timeout = 0; set transaction_timeout = 0");
            try {
                return work.on(connection);
            } finally {
                execute(connection, "reset statement_timeout; reset transaction_timeout");
            }
        }
    }

    private static Void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        return null;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String name(String table) {
        if (!table.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a read-model table name: " + table);
        }
        return table;
    }
}
