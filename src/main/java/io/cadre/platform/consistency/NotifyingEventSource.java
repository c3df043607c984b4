package io.cadre.platform.consistency;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.Registration;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The event store as the projections' source, telling their streams as soon as a local commit has
 * stored new events. Axon's embedded store cannot call back, so a pooled processor would otherwise look
 * for new events only every 500 ms, and every command would wait that long for its read models.
 *
 * <p>Two sources are declared ({@link EventSources}). The read-your-writes processor's is prompt: a command's answer
 * waits for it. A derived group's is patient: told of a commit, its streams show nothing new for a short while
 * ({@code cadre.projections.derived-patience}), then everything stored meanwhile at once. Under load its processor then
 * writes one batch for many commands instead of one for every one or two, and each batch has costs of its own (a
 * transaction, a token, one statement per table). A commit on another node is not told here at all: the processor
 * finds it on its own regular look, as before.
 */
public class NotifyingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    /** How long a stream waits for the store's own reader to fetch events it was told about. */
    private static final int CATCH_UP_MILLIS = 100;
    /**
     * How long after being told of new events a stream that finds none keeps calling its processor back to look
     * again, and how often. Without it, events the store's reader fetched only after the processor had looked (its
     * reader lags on a busy machine, or a second commit was told while the first was being read) waited for the
     * processor's next regular look, 5 s later.
     */
    private static final long PENDING_NANOS = 2_000_000_000L;
    private static final long RECHECK_MILLIS = 10;

    private final EventStore eventStore;
    private final long patienceNanos;
    private final Registration subscription;
    private final Set<NotifyingStream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService rechecks = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("notifying-event-source").daemon().factory());

    /** A source whose streams call back at once ({@code patience} zero) or that long after the first commit they are told of. */
    NotifyingEventSource(EventStore eventStore, Duration patience) {
        this.eventStore = eventStore;
        this.patienceNanos = patience.toNanos();
        this.subscription = eventStore.subscribe(events -> {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().root().afterCommit(u -> notifyStreams());
            } else {
                notifyStreams();
            }
        });
    }

    /** How many streams are open on this source: one for each processor segment claimed on this node that reads it. */
    int openStreams() {
        return streams.size();
    }

    private void notifyStreams() {
        streams.forEach(NotifyingStream::eventsStored);
    }

    @PreDestroy
    void stop() {
        subscription.cancel();
        rechecks.shutdownNow();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        NotifyingStream stream = new NotifyingStream(eventStore.openStream(trackingToken));
        streams.add(stream);
        return stream;
    }

    @Override
    public TrackingToken createTailToken() {
        return eventStore.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return eventStore.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return eventStore.createTokenAt(dateTime);
    }

    /** A stream of the store that calls back when told of new events, and then gives the store time to fetch them. */
    private final class NotifyingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable callback;
        private volatile boolean told;
        private volatile long toldAt = System.nanoTime() - PENDING_NANOS;
        /** When a patient stream's wait ends (System.nanoTime); a time passed means it is not waiting. */
        private volatile long patientUntil = System.nanoTime();

        NotifyingStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        void eventsStored() {
            long now = System.nanoTime();
            toldAt = now;
            told = true;
            if (patienceNanos == 0) {
                callBack();
            } else if (now - patientUntil >= 0) {
                // The first commit told opens the wait; those told during it are read with it when it ends.
                patientUntil = now + patienceNanos;
                schedule(this::callBack, patienceNanos, TimeUnit.NANOSECONDS);
            }
        }

        private void callBack() {
            Runnable current = callback;
            if (current != null && streams.contains(this)) {
                current.run();
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            return true;
        }

        @Override
        public boolean hasNextAvailable() {
            if (System.nanoTime() - patientUntil < 0) {
                return false;
            }
            try {
                boolean available;
                if (told) {
                    told = false;
                    available = delegate.hasNextAvailable(CATCH_UP_MILLIS, TimeUnit.MILLISECONDS);
                } else {
                    available = delegate.hasNextAvailable(0, TimeUnit.NANOSECONDS);
                }
                if (!available && System.nanoTime() - toldAt < PENDING_NANOS) {
                    lookAgainSoon();
                }
                return available;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private void lookAgainSoon() {
            schedule(this::callBack, RECHECK_MILLIS, TimeUnit.MILLISECONDS);
        }

        private void schedule(Runnable task, long delay, TimeUnit unit) {
            try {
                rechecks.schedule(task, delay, unit);
            } catch (RejectedExecutionException e) {
                // Cadre is shutting down: nobody will look any more.
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            streams.remove(this);
            delegate.close();
        }
    }
}
