package io.cadre.platform.replay;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rebuild's read models, built beside the live ones. Each table gets an empty twin in a schema of its own, with its
 * columns, checks, primary key and unique constraints (what the handlers look rows up by and their upserts rely on)
 * and, unless its projection builds them after the replay ({@code ReadModelTables.indexedAfterReplay}), its other
 * indexes. The reset and the replay write through transactions whose search path puts that schema first, so the
 * projections' own statements find the twins, while the live tables stay as they were and keep answering queries.
 * Once every event is in, the deferred indexes are built in one pass each (far cheaper than keeping them up row by
 * row), the twins are analysed, and in one short transaction the live tables move aside and the twins take their
 * place, indexes and constraints under their own names. A failure before that drops the twins; after it, the tables
 * moved aside come back. A crash at any point leaves the live tables whole, and the next rebuild drops what was left.
 */
final class ReadModelShadow implements RebuildSpace {

    /** The schema the twins are built in. */
    static final String SCHEMA = "cadre_rebuild";
    /** The schema the live tables move to when the twins take their place, until the rebuild has succeeded. */
    static final String REPLACED = "cadre_replaced";

    private final JdbcTemplate jdbc;
    private final TransactionManager transactions;
    private final String live;
    private final List<String> tables;
    private final List<String> deferredIndexes;
    private final StoredTokens tokens;
    private boolean installed;

    private ReadModelShadow(JdbcTemplate jdbc, TransactionManager transactions, String live, List<String> tables,
                            List<String> deferredIndexes, StoredTokens tokens) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.live = live;
        this.tables = tables;
        this.deferredIndexes = deferredIndexes;
        this.tokens = tokens;
    }

    /**
     * Whether Cadre may build twins beside these tables and put them in their place: it may create a schema, and it
     * owns every table, so the twins it creates are owned as the tables were and later migrations can alter them. Where
     * another role owns the read models (migrations run as one role, Cadre as another), a rebuild works in the live
     * tables instead ({@link ReadModelBackup}).
     */
    static boolean possible(JdbcTemplate jdbc, Collection<String> tables) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select has_database_privilege(current_database(), 'CREATE')
                   and coalesce(bool_and(pg_get_userbyid(c.relowner) = current_user), true)
                from pg_class c
                where c.relnamespace = cast(current_schema() as regnamespace) and c.relname = any(?)""",
                Boolean.class, (Object) tables.toArray(String[]::new)));
    }

    /**
     * Creates the empty twins of the tables, the indexes of those in {@code indexedAfterReplay} left for later, and
     * remembers the processors' tokens; the processors must be stopped.
     */
    static ReadModelShadow create(JdbcTemplate jdbc, TransactionManager transactions, Collection<String> tables,
                                  Set<String> indexedAfterReplay, Collection<String> processors) {
        String live = jdbc.queryForObject("select current_schema()", String.class);
        List<String> deferred = new ArrayList<>();
        Untimed.run(jdbc, transactions, () -> {
            jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
            jdbc.execute("drop schema if exists " + REPLACED + " cascade");
            jdbc.execute("create schema " + SCHEMA);
            for (String table : tables) {
                String original = live + "." + name(table);
                String twin = SCHEMA + "." + name(table);
                jdbc.execute("create table " + twin + " (like " + original + " including defaults including constraints"
                        + " including generated including identity including storage including compression including comments)");
                for (Map<String, Object> constraint : jdbc.queryForList("select conname, pg_get_constraintdef(oid) as definition"
                        + " from pg_constraint where conrelid = cast(? as regclass) and contype in ('p', 'u', 'x')", original)) {
                    jdbc.execute("alter table " + twin + " add constraint " + constraint.get("conname") + " " + constraint.get("definition"));
                }
                for (String index : jdbc.queryForList("select pg_get_indexdef(indexrelid) from pg_index where indrelid = cast(? as regclass)"
                        + " and not exists (select from pg_constraint where conindid = indexrelid)", String.class, original)) {
                    String onTwin = onTwin(index, original, twin);
                    if (indexedAfterReplay.contains(table)) {
                        deferred.add(onTwin);
                    } else {
                        jdbc.execute(onTwin);
                    }
                }
            }
        });
        return new ReadModelShadow(jdbc, transactions, live, List.copyOf(tables), List.copyOf(deferred),
                StoredTokens.of(jdbc, processors));
    }

    /** Transactions whose statements find the twins before the live tables. */
    @Override
    public TransactionManager transactions() {
        return () -> {
            Transaction transaction = transactions.startTransaction();
            jdbc.execute("set local search_path to " + SCHEMA + ", " + live);
            return transaction;
        };
    }

    /** Builds the deferred indexes, analyses the twins, and puts them in the live tables' place. */
    @Override
    public void install() {
        Untimed.run(jdbc, transactions, () -> {
            deferredIndexes.forEach(jdbc::execute);
            for (String table : tables) {
                jdbc.execute("analyze " + SCHEMA + "." + table);
            }
        });
        Untimed.run(jdbc, transactions, () -> {
            jdbc.execute("create schema " + REPLACED);
            for (String table : tables) {
                jdbc.execute("alter table " + live + "." + table + " set schema " + REPLACED);
                jdbc.execute("alter table " + SCHEMA + "." + table + " set schema " + live);
            }
            jdbc.execute("drop schema " + SCHEMA);
        });
        installed = true;
    }

    /** Drops the tables the rebuild replaced. */
    @Override
    public void drop() {
        Untimed.run(jdbc, transactions, () -> jdbc.execute("drop schema if exists " + REPLACED + " cascade"));
    }

    /** Drops the twins, or puts the replaced tables back in their place if the twins had taken it, and the tokens. */
    @Override
    public void restore() {
        Untimed.run(jdbc, transactions, () -> {
            if (installed) {
                for (String table : tables) {
                    jdbc.execute("drop table " + live + "." + table);
                    jdbc.execute("alter table " + REPLACED + "." + table + " set schema " + live);
                }
                jdbc.execute("drop schema " + REPLACED);
            } else {
                jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
            }
            tokens.restore();
        });
    }

    /** The live table's index definition, made to build the same index, under the same name, on the twin. */
    private static String onTwin(String index, String original, String twin) {
        String on = " ON " + original + " ";
        if (!index.contains(on)) {
            throw new IllegalStateException("Cannot tell which table this index is on: " + index);
        }
        return index.replace(on, " ON " + twin + " ");
    }

    private static String name(String table) {
        if (!table.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a read-model table name: " + table);
        }
        return table;
    }
}
