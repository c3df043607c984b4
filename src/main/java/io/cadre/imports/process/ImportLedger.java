package io.cadre.imports.process;

import io.cadre.imports.api.ImportProgress;
import io.cadre.imports.api.RowMessage;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.consistency.ReadModelBarrier;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What one import has done so far: lines done and refused, every refusal and adjustment by line, and the
 * commands it sent, written to the import's record every few lines. Several workers may write to it at once.
 *
 * <p>A worker may do a group of lines in one short transaction ({@link #inOneTransaction}): what those lines did
 * counts only once the transaction commits. If any command of the group is refused, the group is rolled back and
 * its lines are done again, each command its own transaction, so that the refusal is reported with its line and
 * the other lines still land.
 */
final class ImportLedger {

    private static final int PROGRESS_EVERY = 25;
    /** A report with new messages rewrites all of them: a large file reports by time as well as by lines. */
    private static final long PROGRESS_NANOS = 250_000_000L;

    private final UUID id;
    private final int total;
    private final ImportJobs jobs;
    private final Commands commands;
    private final TransactionManager transactions;
    final List<RowMessage> errors = Collections.synchronizedList(new ArrayList<>());
    final List<RowMessage> adjustments = Collections.synchronizedList(new ArrayList<>());
    private final Set<Integer> failedLines = new HashSet<>();
    private int done;
    private long reportedAt = System.nanoTime();
    /** How many messages the import's record holds; -1 before the first report. */
    private int reportedMessages = -1;
    /** The last command each worker sent: the read models have the import's effect once they have all of these. */
    private final Map<Thread, Sent> lastSent = new ConcurrentHashMap<>();
    /** What the group this worker is doing in one transaction has done so far; absent outside a group. */
    private final ThreadLocal<Group> group = new ThreadLocal<>();

    ImportLedger(UUID id, int total, ImportJobs jobs, Commands commands, TransactionManager transactions) {
        this.id = id;
        this.total = total;
        this.jobs = jobs;
        this.commands = commands;
        this.transactions = transactions;
    }

    void fail(int line, String message) {
        Group current = group.get();
        if (current != null) {
            current.errors.add(new RowMessage(line, message));
        } else {
            failNow(line, message);
        }
    }

    private synchronized void failNow(int line, String message) {
        errors.add(new RowMessage(line, message));
        failedLines.add(line);
    }

    void adjust(int line, String message) {
        Group current = group.get();
        if (current != null) {
            current.adjustments.add(new RowMessage(line, message));
        } else {
            adjustments.add(new RowMessage(line, message));
        }
    }

    /** Runs what a line changes in the import's own state once the line's commands are committed. */
    void afterCommit(Runnable change) {
        Group current = group.get();
        if (current != null) {
            current.changes.add(change);
        } else {
            change.run();
        }
    }

    /**
     * The value for the key, worked out once per group (the rows of a group share their transaction's view of the
     * database); outside a group, worked out each time.
     */
    @SuppressWarnings("unchecked")
    <V> V oncePerTransaction(String key, Supplier<V> compute) {
        Group current = group.get();
        return current == null ? compute.get() : (V) current.remembered.computeIfAbsent(key, k -> compute.get());
    }

    /** Counts lines the reader already refused as done. */
    synchronized void countReadErrors() {
        errors.forEach(e -> failedLines.add(e.row()));
        done += errors.size();
    }

    /** One more line done, refused or not. */
    void step() {
        Group current = group.get();
        if (current != null) {
            current.steps++;
        } else {
            steps(1);
        }
    }

    private synchronized void steps(int count) {
        int before = done;
        done += count;
        if (done / PROGRESS_EVERY > before / PROGRESS_EVERY && System.nanoTime() - reportedAt >= PROGRESS_NANOS) {
            report("RUNNING", false);
        }
    }

    /**
     * Sends a command. Inside a group a refusal, or any other failure, ends the group: its transaction may hold
     * part of the refused command's writes, or none of the group's any more, so all of it is rolled back.
     */
    void send(Object command, UUID subject, String reason) {
        Group current = group.get();
        if (current == null) {
            long version = commands.sendWithoutWaiting(command, subject, reason);
            lastSent.put(Thread.currentThread(), new Sent(subject, version));
            return;
        }
        long version;
        try {
            version = commands.sendWithoutWaiting(command, subject, reason);
        } catch (RuntimeException e) {
            throw new GroupRefused(e);
        }
        current.lastSent = new Sent(subject, version);
    }

    /** Sends a command for a line; a refusal becomes the line's error. */
    boolean attempt(Object command, UUID subject, int line) {
        try {
            send(command, subject, reason(line));
            return true;
        } catch (RuleViolation | InvalidInput | NotFound e) {
            fail(line, e.getMessage());
            return false;
        }
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
        Group current = new Group();
        group.set(current);
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(new GenericMessage<>(rows.size() + " lines of HRIS import " + id));
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
        current.errors.forEach(e -> failNow(e.row(), e.message()));
        adjustments.addAll(current.adjustments);
        current.changes.forEach(Runnable::run);
        if (current.lastSent != null) {
            lastSent.put(Thread.currentThread(), current.lastSent);
        }
        steps(current.steps);
        return true;
    }

    String reason(int line) {
        return "HRIS import " + id + ", line " + line;
    }

    /** Waits until the read models include the last change each worker of the import made. */
    void awaitReadModels(ReadModelBarrier barrier) {
        lastSent.values().forEach(sent -> barrier.awaitEvent(sent.subject().toString(), sent.version()));
    }

    /** Writes the progress to the import's record; the messages, which can be many, only when there are new ones. */
    synchronized void report(String status, boolean finished) {
        reportedAt = System.nanoTime();
        int messages = errors.size() + adjustments.size();
        if (messages == reportedMessages) {
            jobs.recordCounts(id, status, done, failedLines.size(), finished);
            return;
        }
        reportedMessages = messages;
        jobs.record(new ImportProgress(id, status, total, done, failedLines.size(), sorted(errors), sorted(adjustments)),
                finished);
    }

    private record Sent(UUID subject, long version) {
    }

    /** What a group of rows did in its transaction, kept aside until it commits. */
    private static final class Group {
        final List<RowMessage> errors = new ArrayList<>();
        final List<RowMessage> adjustments = new ArrayList<>();
        final List<Runnable> changes = new ArrayList<>();
        final Map<String, Object> remembered = new HashMap<>();
        int steps;
        Sent lastSent;
    }

    /** A command of a group was refused, or failed: the group's transaction is rolled back. */
    private static final class GroupRefused extends RuntimeException {
        GroupRefused(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private static List<RowMessage> sorted(List<RowMessage> messages) {
        synchronized (messages) {
            return messages.stream().sorted(Comparator.comparingInt(RowMessage::row)).toList();
        }
    }
}
