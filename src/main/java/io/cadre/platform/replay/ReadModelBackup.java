package io.cadre.platform.replay;

import java.util.Collection;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A copy of some read models and of their processors' tokens, taken before a rebuild empties them: a failed rebuild
 * puts both back, a finished one drops the copy. The tables keep who they are (indexes, constraints, triggers and the
 * names migrations refer to); the copy costs one sequential read and write of the read models, little next to the
 * replay. Each table is copied and put back in its own transaction, free of the statement and transaction timeouts
 * that keep Cadre's ordinary transactions short.
 */
final class ReadModelBackup {

    private static final String ASIDE = "rebuild_aside_";

    private final JdbcTemplate jdbc;
    private final TransactionManager transactions;
    private final List<String> tables;
    private final List<String> processors;
    private final List<Object[]> tokens;

    private ReadModelBackup(JdbcTemplate jdbc, TransactionManager transactions, List<String> tables,
                            List<String> processors, List<Object[]> tokens) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tables = tables;
        this.processors = processors;
        this.tokens = tokens;
    }

    /** Copies the tables aside and remembers the processors' tokens; the processors must be stopped. */
    static ReadModelBackup take(JdbcTemplate jdbc, TransactionManager transactions, Collection<String> tables,
                                Collection<String> processors) {
        List<Object[]> tokens = jdbc.query("select processor_name, segment, token, token_type, timestamp from token_entry"
                        + " where processor_name = any(?)",
                (rs, i) -> new Object[]{rs.getString(1), rs.getInt(2), rs.getBytes(3), rs.getString(4), rs.getString(5)},
                (Object) processors.toArray(String[]::new));
        ReadModelBackup backup = new ReadModelBackup(jdbc, transactions, List.copyOf(tables), List.copyOf(processors), tokens);
        for (String table : backup.tables) {
            backup.untimed(() -> {
                jdbc.execute("drop table if exists " + aside(table));
                jdbc.execute("create unlogged table " + aside(table) + " as table " + table);
            });
        }
        return backup;
    }

    /** Puts the tables and the tokens back as they were when the copy was taken; the processors must be stopped. */
    void restore() {
        untimed(() -> {
            if (!tables.isEmpty()) {
                jdbc.execute("truncate " + String.join(", ", tables));
            }
            for (String table : tables) {
                jdbc.execute("insert into " + table + " overriding system value select * from " + aside(table));
            }
            jdbc.update("delete from token_entry where processor_name = any(?)", (Object) processors.toArray(String[]::new));
            for (Object[] token : tokens) {
                jdbc.update("insert into token_entry (processor_name, segment, token, token_type, timestamp, owner)"
                        + " values (?, ?, ?, ?, ?, null)",
                        token);
            }
        });
        drop();
    }

    /** Drops the copy. */
    void drop() {
        for (String table : tables) {
            jdbc.execute("drop table if exists " + aside(table));
        }
    }

    private void untimed(Runnable work) {
        transactions.executeInTransaction(() -> {
            jdbc.execute("set local statement_timeout = 0; set local transaction_timeout = 0;"
                    + " set local idle_in_transaction_session_timeout = 0");
            work.run();
        });
    }

    private static String aside(String table) {
        if (!table.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a read-model table name: " + table);
        }
        return ASIDE + table;
    }
}
