package io.cadre.imports.process;

import io.cadre.imports.api.ImportProgress;
import io.cadre.imports.api.RowMessage;
import io.cadre.platform.axon.Commands;
import io.cadre.platform.axon.ReadModelBarrier;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one import has done so far: lines done and refused, every refusal and adjustment by line, and the
 * commands it sent (each its own short transaction), written to the import's record every few lines. Several
 * workers may write to it at once.
 */
final class ImportLedger {

    private static final int PROGRESS_EVERY = 25;
    /** Each report rewrites every message so far: a large file reports by time as well as by lines. */
    private static final long PROGRESS_NANOS = 250_000_000L;

    private final UUID id;
    private final int total;
    private final ImportJobs jobs;
    private final Commands commands;
    final List<RowMessage> errors = Collections.synchronizedList(new ArrayList<>());
    final List<RowMessage> adjustments = Collections.synchronizedList(new ArrayList<>());
    private final Set<Integer> failedLines = new HashSet<>();
    private int done;
    private long reportedAt = System.nanoTime();
    /** The last command each worker sent: the read models have the import's effect once they have all of these. */
    private final Map<Thread, Sent> lastSent = new ConcurrentHashMap<>();

    ImportLedger(UUID id, int total, ImportJobs jobs, Commands commands) {
        this.id = id;
        this.total = total;
        this.jobs = jobs;
        this.commands = commands;
    }

    synchronized void fail(int line, String message) {
        errors.add(new RowMessage(line, message));
        failedLines.add(line);
    }

    void adjust(int line, String message) {
        adjustments.add(new RowMessage(line, message));
    }

    /** Counts lines the reader already refused as done. */
    synchronized void countReadErrors() {
        errors.forEach(e -> failedLines.add(e.row()));
        done += errors.size();
    }

    /** One more line done, refused or not. */
    synchronized void step() {
        done++;
        if (done % PROGRESS_EVERY == 0 && System.nanoTime() - reportedAt >= PROGRESS_NANOS) {
            report("RUNNING", false);
        }
    }

    void send(Object command, UUID subject, String reason) {
        long version = commands.sendWithoutWaiting(command, subject, reason);
        lastSent.put(Thread.currentThread(), new Sent(subject, version));
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

    String reason(int line) {
        return "HRIS import " + id + ", line " + line;
    }

    /** Waits until the read models include the last change each worker of the import made. */
    void awaitReadModels(ReadModelBarrier barrier) {
        lastSent.values().forEach(sent -> barrier.awaitEvent(sent.subject().toString(), sent.version()));
    }

    synchronized void report(String status, boolean finished) {
        reportedAt = System.nanoTime();
        jobs.record(new ImportProgress(id, status, total, done, failedLines.size(), sorted(errors), sorted(adjustments)),
                finished);
    }

    private record Sent(UUID subject, long version) {
    }

    private static List<RowMessage> sorted(List<RowMessage> messages) {
        synchronized (messages) {
            return messages.stream().sorted(Comparator.comparingInt(RowMessage::row)).toList();
        }
    }
}
