package io.cadre.platform.replay;

import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Work on every read model at once (copying, indexing, moving them) in one transaction free of the statement and
 * transaction timeouts that keep Cadre's ordinary transactions short.
 */
final class Untimed {

    private Untimed() {
    }

    static void run(JdbcTemplate jdbc, TransactionManager transactions, Runnable work) {
        transactions.executeInTransaction(() -> {
            jdbc.execute("set local statement_timeout = 0; set local transaction_timeout = 0;"
                    + " set local idle_in_transaction_session_timeout = 0");
            work.run();
        });
    }
}
