package io.cadre.platform.replay;

import io.cadre.platform.projection.ProjectionBatch;
import io.cadre.platform.projection.ReplayMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
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
 * Replays every stored event into a stopped processor's handlers in large batches, then stores the position reached as
 * the processor's token, so that on starting it only handles what came after. A reader thread fetches and deserialises
 * the next batch while the current one is handled. Each batch is handled in {@link #SEGMENTS} segments side by side,
 * split the way the processor splits its own (by aggregate), each segment one transaction through the processor's
 * interceptors; a batch writes each read model with one statement per table ({@link ProjectionBatch}), so a batch of
 * thousands costs a few statements more than a batch of hundreds.
 */
final class BulkReplay {

    /** Events per batch: enough that each table takes few statements, few enough that a batch stays well under a second. */
    static final int BATCH = 4_000;
    /** Segments handled side by side: one per core of the small machines Cadre runs on. */
    static final int SEGMENTS = 2;
    private static final List<EventMessage<?>> END = List.of();

    private final EventStorageEngine events;
    private final TokenStore tokens;
    private final TransactionManager transactions;

    BulkReplay(EventStorageEngine events, TokenStore tokens, TransactionManager transactions) {
        this.events = events;
        this.tokens = tokens;
        this.transactions = transactions;
    }

    /** Replays every event into the processor, which must be stopped with its read models emptied; returns the count. */
    long replay(AbstractEventProcessor processor) throws InterruptedException {
        BlockingQueue<List<EventMessage<?>>> batches = new ArrayBlockingQueue<>(2);
        TrackingToken[] reached = new TrackingToken[1];
        long handled = 0;
        Segment[] segments = Segment.splitBalanced(Segment.ROOT_SEGMENT, SEGMENTS - 1).toArray(Segment[]::new);
        ReplayMemory[] memories = new ReplayMemory[segments.length];
        for (int s = 0; s < segments.length; s++) {
            memories[s] = new ReplayMemory();
        }
        try (ExecutorService reader = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("replay-reader").factory());
             ExecutorService workers = Executors.newFixedThreadPool(segments.length - 1,
                     Thread.ofPlatform().name("replay-segment-", 1).factory())) {
            Future<?> reading = reader.submit(() -> {
                read(batches, reached);
                return null;
            });
            try {
                for (List<EventMessage<?>> next = batches.take(); next != END; next = batches.take()) {
                    List<EventMessage<?>> batch = next;
                    List<Future<?>> others = new ArrayList<>();
                    for (int s = 1; s < segments.length; s++) {
                        Segment segment = segments[s];
                        ReplayMemory memory = memories[s];
                        others.add(workers.submit(() -> handle(processor, batch, segment, memory)));
                    }
                    handle(processor, batch, segments[0], memories[0]);
                    for (Future<?> other : others) {
                        other.get();
                    }
                    handled += batch.size();
                }
                reading.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("The replay failed", e.getCause());
            } finally {
                reading.cancel(true);
            }
        }
        if (reached[0] != null) {
            TrackingToken position = reached[0];
            transactions.executeInTransaction(() -> {
                for (int segment : tokens.fetchSegments(processor.getName())) {
                    tokens.storeToken(position, processor.getName(), segment);
                    tokens.releaseClaim(processor.getName(), segment);
                }
            });
        }
        return handled;
    }

    private void read(BlockingQueue<List<EventMessage<?>>> batches, TrackingToken[] reached) throws InterruptedException {
        List<EventMessage<?>> batch = new ArrayList<>(BATCH);
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            var iterator = stream.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                // Deserialised here, while the handlers work on the batch before.
                event.getPayload();
                event.getMetaData();
                event.getTimestamp();
                batch.add(event);
                reached[0] = event.trackingToken();
                if (batch.size() == BATCH) {
                    put(batches, batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        if (!batch.isEmpty()) {
            put(batches, batch);
        }
        put(batches, END);
    }

    private static void put(BlockingQueue<List<EventMessage<?>>> batches, List<EventMessage<?>> batch) throws InterruptedException {
        if (!batches.offer(batch, 10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The replay stopped taking batches");
        }
    }

    /**
     * Handles the segment's share of the batch in one transaction. A batch that fails is tried once more: the processor's
     * interceptors then write each event's rows as it is handled, so that a failure met only when the batch was written
     * names its event (ProjectionBatch), and a passing fault lets the replay go on. The segment's memory goes with a
     * failed batch: it held what the rolled-back transaction wrote.
     */
    private void handle(AbstractEventProcessor processor, List<EventMessage<?>> batch, Segment segment, ReplayMemory memory) {
        ResultMessage<?> result = handleOnce(processor, batch, segment, memory);
        if (result.isExceptional()) {
            memory.forget();
            result = handleOnce(processor, batch, segment, memory);
        }
        if (result.isExceptional()) {
            throw new IllegalStateException("Replaying events into " + processor.getName() + " failed", result.exceptionResult());
        }
    }

    private ResultMessage<?> handleOnce(AbstractEventProcessor processor, List<EventMessage<?>> batch, Segment segment,
                                        ReplayMemory memory) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        memory.attachTo(unitOfWork);
        unitOfWork.attachTransaction(transactions);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork,
                processor.getHandlerInterceptors(), message -> {
                    processor.eventHandlerInvoker().handle(message, segment);
                    return null;
                }).proceed(), RollbackConfigurationType.ANY_THROWABLE);
        return result;
    }
}
