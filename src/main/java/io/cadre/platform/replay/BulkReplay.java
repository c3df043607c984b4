package io.cadre.platform.replay;

import io.cadre.platform.projection.EventPositions;
import io.cadre.platform.projection.ProjectionBatch;
import io.cadre.platform.projection.ReplayMemory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;

/**
 * Replays every stored event into stopped processors' handlers in large batches, then stores the position reached as
 * each processor's token, so that on starting it only handles what came after. One reader thread fetches and
 * deserialises the next batch while the processors handle the current one, each processor on its own thread, side by
 * side, so the store is read once for all of them. Each batch is handled in {@link #SEGMENTS} segments side by side,
 * split the way the processor splits its own (by aggregate), each segment one transaction through the processor's
 * interceptors; a batch writes each read model with one statement per table ({@link ProjectionBatch}), so a batch of
 * thousands costs a few statements more than a batch of hundreds.
 */
final class BulkReplay {

    /** Events per batch: enough that each table takes few statements, few enough that a batch stays well under a second. */
    static final int BATCH = 4_000;
    /** Segments handled side by side: one per core of the small machines Cadre runs on. */
    static final int SEGMENTS = 2;
    /** Batches read ahead of the slowest processor. */
    private static final int AHEAD = 2;
    private static final Batch END = new Batch(List.of(), Map.of());

    private final EventStorageEngine events;
    private final TokenStore tokens;

    BulkReplay(EventStorageEngine events, TokenStore tokens) {
        this.events = events;
        this.tokens = tokens;
    }

    /** A processor's replay failed: which one, and why. */
    static final class Failed extends RuntimeException {

        private final String processor;

        Failed(String processor, Throwable cause) {
            super("Replaying events into " + processor + " failed", cause);
            this.processor = processor;
        }

        String processor() {
            return processor;
        }
    }

    /** Events read together, with the position of each whose position the reader knew (all but those filling a gap). */
    private record Batch(List<EventMessage<?>> events, Map<String, Long> positions) {
    }

    /** What a replay did: the events replayed, and how long each processor took to handle them all. */
    record Replayed(long events, Map<String, Duration> times) {
    }

    /**
     * Replays every event into the processors, which must be stopped with their read models emptied, each batch of a
     * segment in a transaction of {@code transactions}, which say where the read models are built.
     *
     * @throws Failed naming the first processor whose handlers failed
     */
    Replayed replay(List<AbstractEventProcessor> processors, TransactionManager transactions) throws InterruptedException {
        Segment[] segments = Segment.splitBalanced(Segment.ROOT_SEGMENT, SEGMENTS - 1).toArray(Segment[]::new);
        List<Lane> lanes = processors.stream().map(processor -> new Lane(processor, segments, transactions)).toList();
        TrackingToken[] reached = new TrackingToken[1];
        Map<String, Duration> times = new LinkedHashMap<>();
        long started = System.nanoTime();
        long read;
        // The reader, one thread per processor, and one per further segment of each processor.
        try (ExecutorService threads = Executors.newFixedThreadPool(1 + lanes.size() * segments.length,
                Thread.ofPlatform().name("replay-", 1).factory())) {
            CompletionService<Long> done = new ExecutorCompletionService<>(threads);
            List<Future<Long>> running = new ArrayList<>();
            Future<Long> reading = done.submit(() -> read(lanes, reached));
            running.add(reading);
            for (Lane lane : lanes) {
                running.add(done.submit(() -> {
                    lane.handleAll(segments, threads);
                    synchronized (times) {
                        times.put(lane.processor.getName(), Duration.ofNanos(System.nanoTime() - started));
                    }
                    return 0L;
                }));
            }
            try {
                // Whichever fails first ends the replay: the others may be waiting for it.
                for (int finished = 0; finished < running.size(); finished++) {
                    done.take().get();
                }
                read = reading.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Failed failed ? failed : new IllegalStateException("The replay failed", e.getCause());
            } finally {
                running.forEach(task -> task.cancel(true));
            }
        }
        if (reached[0] != null) {
            TrackingToken position = reached[0];
            transactions.executeInTransaction(() -> {
                for (AbstractEventProcessor processor : processors) {
                    for (int segment : tokens.fetchSegments(processor.getName())) {
                        tokens.storeToken(position, processor.getName(), segment);
                        tokens.releaseClaim(processor.getName(), segment);
                    }
                }
            });
        }
        Map<String, Duration> ordered = new LinkedHashMap<>();
        processors.forEach(processor -> ordered.put(processor.getName(), times.get(processor.getName())));
        return new Replayed(read, ordered);
    }

    /** One processor's share of the replay: the batches read for it, and the memory of each of its segments. */
    private final class Lane {

        private final AbstractEventProcessor processor;
        private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(AHEAD);
        private final ReplayMemory[] memories;
        private final TransactionManager transactions;

        private Lane(AbstractEventProcessor processor, Segment[] segments, TransactionManager transactions) {
            this.processor = processor;
            this.transactions = transactions;
            this.memories = new ReplayMemory[segments.length];
            for (int s = 0; s < segments.length; s++) {
                memories[s] = new ReplayMemory();
            }
        }

        /** Handles every batch, its segments side by side: the first on this thread, the others on the pool's. */
        private void handleAll(Segment[] segments, ExecutorService pool) throws InterruptedException {
            try {
                for (Batch next = batches.take(); next != END; next = batches.take()) {
                    Batch batch = next;
                    List<Future<?>> others = new ArrayList<>();
                    for (int s = 1; s < segments.length; s++) {
                        Segment segment = segments[s];
                        ReplayMemory memory = memories[s];
                        others.add(pool.submit(() -> handle(processor, batch, segment, memory, transactions)));
                    }
                    handle(processor, batch, segments[0], memories[0], transactions);
                    for (Future<?> other : others) {
                        other.get();
                    }
                }
            } catch (ExecutionException e) {
                throw new Failed(processor.getName(), e.getCause());
            } catch (RuntimeException e) {
                throw new Failed(processor.getName(), e);
            }
        }
    }

    private long read(List<Lane> lanes, TrackingToken[] reached) throws InterruptedException {
        long read = 0;
        long highest = -1;
        List<EventMessage<?>> batch = new ArrayList<>(BATCH);
        Map<String, Long> positions = new HashMap<>();
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            var iterator = stream.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                // Deserialised here, once for every processor, while the handlers work on the batch before.
                event.getPayload();
                event.getMetaData();
                event.getTimestamp();
                batch.add(event);
                reached[0] = event.trackingToken();
                // The token moves to an event's own position unless the event fills a gap behind it.
                long position = event.trackingToken().position().orElse(-1);
                if (position > highest) {
                    positions.put(event.getIdentifier(), position);
                    highest = position;
                }
                if (batch.size() == BATCH) {
                    read += batch.size();
                    put(lanes, new Batch(List.copyOf(batch), Map.copyOf(positions)));
                    batch = new ArrayList<>(BATCH);
                    positions = new HashMap<>();
                }
            }
        }
        if (!batch.isEmpty()) {
            read += batch.size();
            put(lanes, new Batch(List.copyOf(batch), Map.copyOf(positions)));
        }
        put(lanes, END);
        return read;
    }

    private static void put(List<Lane> lanes, Batch batch) throws InterruptedException {
        for (Lane lane : lanes) {
            if (!lane.batches.offer(batch, 10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The replay of " + lane.processor.getName() + " stopped taking batches");
            }
        }
    }

    /**
     * Handles the segment's share of the batch in one transaction. A batch that fails is tried once more: the processor's
     * interceptors then write each event's rows as it is handled, so that a failure met only when the batch was written
     * names its event (ProjectionBatch), and a passing fault lets the replay go on. The segment's memory goes with a
     * failed batch: it held what the rolled-back transaction wrote.
     */
    private void handle(AbstractEventProcessor processor, Batch batch, Segment segment, ReplayMemory memory,
                        TransactionManager transactions) {
        // Only the events this segment's handlers take go through its unit of work, as a processor's own work package
        // passes them: each event otherwise costs every segment of every processor a pass through the interceptors.
        List<EventMessage<?>> events = new ArrayList<>();
        for (EventMessage<?> event : batch.events()) {
            if (processor.eventHandlerInvoker().canHandle(event, segment)) {
                events.add(event);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        ResultMessage<?> result = handleOnce(processor, events, batch.positions(), segment, memory, transactions);
        if (result.isExceptional()) {
            memory.forget();
            result = handleOnce(processor, events, batch.positions(), segment, memory, transactions);
        }
        if (result.isExceptional()) {
            throw new Failed(processor.getName(), result.exceptionResult());
        }
    }

    private ResultMessage<?> handleOnce(AbstractEventProcessor processor, List<EventMessage<?>> events,
                                        Map<String, Long> positions, Segment segment, ReplayMemory memory,
                                        TransactionManager transactions) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
        memory.attachTo(unitOfWork);
        EventPositions.attachTo(unitOfWork, positions);
        unitOfWork.attachTransaction(transactions);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork,
                processor.getHandlerInterceptors(), message -> {
                    processor.eventHandlerInvoker().handle(message, segment);
                    return null;
                }).proceed(), RollbackConfigurationType.ANY_THROWABLE);
        return result;
    }
}
