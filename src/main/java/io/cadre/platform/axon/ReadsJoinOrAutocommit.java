package io.cadre.platform.axon;

import java.util.function.Supplier;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactions around the event store's own statements. An append, and a read made inside a command's transaction
 * (loading its aggregate), run in that transaction as before. A read made outside any transaction, as the projections'
 * reader makes several hundred times a second under load (new events, then a look for more, then for the next index
 * past a gap), runs each statement on its own: under PostgreSQL's read committed isolation every statement sees what
 * was committed when it started whether a transaction wraps it or not, so the wrapping added a commit and its round
 * trip to every read and changed nothing it saw.
 */
final class ReadsJoinOrAutocommit implements TransactionManager {

    private final TransactionManager transactions;

    ReadsJoinOrAutocommit(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public Transaction startTransaction() {
        return transactions.startTransaction();
    }

    @Override
    public <T> T fetchInTransaction(Supplier<T> supplier) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return transactions.fetchInTransaction(supplier);
        }
        return supplier.get();
    }
}
