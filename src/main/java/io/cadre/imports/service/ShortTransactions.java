package io.cadre.imports.service;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Does a few lines at a time in one short transaction, so that a large file costs far fewer commits: what the
 * lines did counts only once it commits ({@link LineGroup}). If any command of the group is refused, the group is
 * rolled back and its lines are done again, each command its own transaction, so that the refusal is reported
 * with its line and the other lines still land.
 */
final class ShortTransactions {

    private final UUID importId;
    private final TransactionManager transactions;
    private final ImportTally tally;
    /** The group this worker is doing in one transaction; absent outside a group. */
    private final ThreadLocal<LineGroup> group = new ThreadLocal<>();

    ShortTransactions(UUID importId, TransactionManager transactions, ImportTally tally) {
        this.importId = importId;
        this.transactions = transactions;
        this.tally = tally;
    }

    /** The group of lines this worker is doing in one transaction, or null outside a group. */
    LineGroup current() {
        return group.get();
    }

    /**
     * What a failed command means: inside a group a refusal, or any other failure, ends the group, since its
     * transaction may hold part of the refused command's writes, or none of the group's any more.
     */
    RuntimeException failure(RuntimeException e) {
        return group.get() == null ? e : new GroupRefused(e);
    }

    /**
     * Does the work for every row in one transaction and counts what it did once that commits; if a command is
     * refused, rolls all of it back and does the work again for each row, each command its own transaction.
     */
    <T> void inOneTransaction(List<T> rows, Consumer<T> work) {
        if (rows.size() > 1 && group.get() == null && tryInOneTransaction(rows, work)) {
            return;
        }
        rows.forEach(work);
    }

    /**
     * Runs the group as one unit of work with its own transaction: each command's unit of work is nested in it, so
     * Axon stores the events of all of them when the group commits, in one batch, and tells the event store's
     * readers once; a refused group is rolled back before it has stored any event.
     */
    private <T> boolean tryInOneTransaction(List<T> rows, Consumer<T> work) {
        LineGroup current = new LineGroup();
        group.set(current);
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(new GenericMessage<>(rows.size() + " lines of HRIS import " + importId));
        try {
            unit.attachTransaction(transactions);
            rows.forEach(work);
        } catch (GroupRefused e) {
            unit.rollback(e);
            return false;
        } catch (RuntimeException e) {
            unit.rollback(e);
            throw e;
        } finally {
            group.remove();
        }
        try {
            unit.commit();
        } catch (RuntimeException e) {
            // Storing the group's events failed, say because another node changed one of its people meanwhile.
            return false;
        }
        current.committed(tally);
        return true;
    }

    /** A command of a group was refused, or failed: the group's transaction is rolled back. */
    private static final class GroupRefused extends RuntimeException {
        GroupRefused(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
