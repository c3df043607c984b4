package io.cadre.platform.axon;

import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The event store's own reader, the one thread that reads new events for every projection on this node (Axon's
 * embedded store shares what it reads among them), and the looks it need not take.
 *
 * <p>Woken by a local commit, the reader reads the new events and then looks twice more from where they end, finding
 * nothing each time (once to end its stream, once more before it waits), and each look that finds nothing asks where the
 * next event lies past a possible gap: five statements for a commit's events, three of them for nothing. Those follow-up
 * looks can only find what was committed after the read began. A local commit tells this class before it wakes the
 * reader; a commit on another node never wakes it. So a look from where the last read ended, shortly after it and with
 * no local commit since that read began, finds nothing a look a moment later would not: it is answered empty without
 * asking the database. The reader's next look (a local commit's wake, or its regular one a second on, when another
 * node's events are found as before) asks again.
 */
final class StoreReader {

    /** How long after a read a look from its end with no local commit since is answered without asking. */
    static final long FOLLOW_UP_NANOS = 50_000_000L;

    private final LongSupplier clock;
    private final AtomicLong commits = new AtomicLong();
    private final ThreadGroup readers = new ThreadGroup("EmbeddedEventStore");
    private final AtomicInteger threads = new AtomicInteger();

    // Kept by the reader thread alone.
    private TrackingToken lastEnd;
    private long commitsBeforeLastRead;
    private long lastReadAt;

    StoreReader() {
        this(System::nanoTime);
    }

    /** A reader that tells the time in nanoseconds by {@code clock}. */
    StoreReader(LongSupplier clock) {
        this.clock = clock;
    }

    /** Threads for Axon's embedded store: its reader and its cleaner, named as Axon names them. */
    ThreadFactory threadFactory() {
        return task -> {
            Thread thread = new Thread(readers, task, "EmbeddedEventStore-" + threads.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A local commit stored events; called before the reader is woken for them. */
    void committed() {
        commits.incrementAndGet();
    }

    /** Reads the events after {@code from} with {@code read}, or answers none when that look cannot find any. */
    <T extends TrackedEventData<?>> List<? extends T> read(TrackingToken from, int batchSize, Supplier<List<? extends T>> read) {
        if (Thread.currentThread().getThreadGroup() != readers) {
            return read.get();
        }
        long before = commits.get();
        if (from != null && from.equals(lastEnd) && before == commitsBeforeLastRead
                && clock.getAsLong() - lastReadAt < FOLLOW_UP_NANOS) {
            return List.of();
        }
        List<? extends T> events = read.get();
        if (events.isEmpty() || events.size() >= batchSize) {
            // Nothing read, or a full batch with more to come: the next look asks.
            lastEnd = null;
        } else {
            lastEnd = events.getLast().trackingToken();
            commitsBeforeLastRead = before;
            lastReadAt = clock.getAsLong();
        }
        return events;
    }
}
