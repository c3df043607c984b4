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
import java.util.Set;
import java.util.UUID;

/**
 * What one import has done so far: lines done and refused, every refusal and adjustment by line, and the
 * commands it sent (each its own short transaction), written to the import's record every few lines.
 */
final class ImportLedger {

    private static final int PROGRESS_EVERY = 25;

    private final UUID id;
    private final int total;
    private final ImportJobs jobs;
    private final Commands commands;
    final List<RowMessage> errors = Collections.synchronizedList(new ArrayList<>());
    final List<RowMessage> adjustments = Collections.synchronizedList(new ArrayList<>());
    private final Set<Integer> failedLines = new HashSet<>();
    private int done;
    private UUID lastSubject;
    private long lastVersion = -1;

    ImportLedger(UUID id, int total, ImportJobs jobs, Commands commands) {
        this.id = id;
        this.total = total;
        this.jobs = jobs;
        this.commands = commands;
    }

    void fail(int line, String message) {
        errors.add(new RowMessage(line, message));
        failedLines.add(line);
    }

    void adjust(int line, String message) {
        adjustments.add(new RowMessage(line, message));
    }

    /** Counts lines the reader already refused as done. */
    void countReadErrors() {
        errors.forEach(e -> failedLines.add(e.row()));
        done += errors.size();
    }

    /** One more line done, refused or not. */
    void step() {
        done++;
        if (done % PROGRESS_EVERY == 0) {
            report("RUNNING", false);
        }
    }

    void send(Object command, UUID subject, String reason) {
        lastVersion = commands.sendWithoutWaiting(command, subject, reason);
        lastSubject = subject;
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

    /** Waits until the read models include the last change the import made. */
    void awaitReadModels(ReadModelBarrier barrier) {
        if (lastSubject != null) {
            barrier.awaitEvent(lastSubject.toString(), lastVersion);
        }
    }

    void report(String status, boolean finished) {
        jobs.record(new ImportProgress(id, status, total, done, failedLines.size(), sorted(errors), sorted(adjustments)),
                finished);
    }

    private static List<RowMessage> sorted(List<RowMessage> messages) {
        synchronized (messages) {
            return messages.stream().sorted(Comparator.comparingInt(RowMessage::row)).toList();
        }
    }
}
