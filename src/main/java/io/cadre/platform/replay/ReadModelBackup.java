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
final class ReadModelBackup implements RebuildSpace {

    private static final String ASIDE = "rebuild_aside_";

    private final JdbcTemplate jdbc;
    private final TransactionManager transactions;
    private final List<String> tables;
    private final StoredTokens tokens;

    private ReadModelBackup(JdbcTemplate jdbc, TransactionManager transactions, List<String> tables, StoredTokens tokens) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tables = tables;
        this.tokens = tokens;
    }

    /** Copies the tables aside and remembers the processors' tokens; the processors must be stopped. */
    static ReadModelBackup take(JdbcTemplate jdbc, TransactionManager transactions, Collection<String> tables,
                                Collection<String> processors) {
        ReadModelBackup backup = new ReadModelBackup(jdbc, transactions, List.copyOf(tables), StoredTokens.of(jdbc, processors));
        for (String table : backup.tables) {
            Untimed.run(jdbc, transactions, () -> {
                jdbc.execute("drop table if exists " + aside(table));
                jdbc.execute("create unlogged table " + aside(table) + " as table " + table);
            });
        }
        return backup;
    }

    /** The replay writes into the live tables, which the processors' reset emptied. */
    @Override
    public TransactionManager transactions() {
        return transactions;
    }

    /** The tables built again are the live ones already. */
    @Override
    public void install() {
    }

    /** Puts the tables and the tokens back as they were when the copy was taken; the processors must be stopped. */
    @Override
    public void restore() {
        Untimed.run(jdbc, transactions, () -> {
            if (!tables.isEmpty()) {
                jdbc.execute("truncate " + String.join(", ", tables));
            }
            for (String table : tables) {
                jdbc.execute("insert into " + table + " overriding system value select * from " + aside(table));
            }
            tokens.restore();
        });
        drop();
    }

    /** Drops the copy. */
    @Override
    public void drop() {
        for (String table : tables) {
            jdbc.execute("drop table if exists " + aside(table));
        }
    }

    private static String aside(String table) {
        if (!table.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a read-model table name: " + table);
        }
        return ASIDE + table;
    }
}
