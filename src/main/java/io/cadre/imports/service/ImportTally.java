package io.cadre.imports.service;

import io.cadre.imports.api.ImportProgress;
import io.cadre.imports.api.ImportStatus;
import io.cadre.imports.api.RowMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * How far one import has come: lines done and refused, and every refusal and adjustment by line, written to the
 * import's record every few lines. Several workers may count at once.
 */
final class ImportTally {

    private static final int PROGRESS_EVERY = 25;
    /** A report with new messages rewrites all of them: a large file reports by time as well as by lines. */
    private static final long PROGRESS_NANOS = 250_000_000L;

    private final UUID id;
    private final int total;
    private final ImportJobs jobs;
    private final List<RowMessage> errors = new ArrayList<>();
    private final List<RowMessage> adjustments = new ArrayList<>();
    private final Set<Integer> failedLines = new HashSet<>();
    private int done;
    private long reportedAt = System.nanoTime();
    /** How many messages the import's record holds; -1 before the first report. */
    private int reportedMessages = -1;

    ImportTally(UUID id, int total, ImportJobs jobs) {
        this.id = id;
        this.total = total;
        this.jobs = jobs;
    }

    /** Counts the lines the file's reader refused as done, and keeps what it adjusted. */
    synchronized void read(Collection<RowMessage> refused, Collection<RowMessage> adjusted) {
        record(refused, adjusted);
        done += refused.size();
    }

    /** Keeps the refusals and adjustments of lines that are not counted as done here. */
    synchronized void record(Collection<RowMessage> refused, Collection<RowMessage> adjusted) {
        refused.forEach(error -> refuse(error.row(), error.message()));
        adjustments.addAll(adjusted);
    }

    synchronized void refuse(int line, String message) {
        errors.add(new RowMessage(line, message));
        failedLines.add(line);
    }

    synchronized void adjust(int line, String message) {
        adjustments.add(new RowMessage(line, message));
    }

    /** Counts lines done, refused or not, and reports every few of them. */
    synchronized void done(int lines) {
        int before = done;
        done += lines;
        if (done / PROGRESS_EVERY > before / PROGRESS_EVERY && System.nanoTime() - reportedAt >= PROGRESS_NANOS) {
            report(ImportStatus.RUNNING, false);
        }
    }

    /** Writes the progress to the import's record; the messages, which can be many, only when there are new ones. */
    synchronized void report(ImportStatus status, boolean finished) {
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

    private static List<RowMessage> sorted(List<RowMessage> messages) {
        return messages.stream().sorted(Comparator.comparingInt(RowMessage::row)).toList();
    }
}
