package io.cadre.platform.axon;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets a command's caller read its own write: waits until every streaming processor has handled the event
 * that the command stored last. A processor whose segments this node holds is asked directly; one whose
 * segments another node holds is judged by the tokens that node stores.
 */
@Component
public class ReadModelBarrier {

    private static final Logger log = LoggerFactory.getLogger(ReadModelBarrier.class);
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /**
     * How long a waiter sleeps unless a projection's unit of work ends first: a processor held by another node, or
     * one that passes events it has no handler for, moves on without telling.
     */
    private static final long RECHECK_MILLIS = 2;

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final Serializer serializer;

    private final Object handled = new Object();
    private long handledCount;

    ReadModelBarrier(JdbcTemplate jdbc, EventProcessingConfiguration processing, Serializer serializer,
                     ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.serializer = serializer;
        changes.onHandled(() -> {
            synchronized (handled) {
                handledCount++;
                handled.notifyAll();
            }
        });
    }

    /** Waits for the event numbered {@code sequence} in the aggregate's stream to reach every read model. */
    public void awaitEvent(String aggregateId, long sequence) {
        Long globalIndex = jdbc.query(
                "select global_index from domain_event_entry where aggregate_identifier = ? and sequence_number = ?",
                rs -> rs.next() ? rs.getLong(1) : null, aggregateId, sequence);
        if (globalIndex != null) {
            awaitPosition(globalIndex);
        }
    }

    /** Waits until every local streaming processor has handled the event at this global position. */
    public void awaitPosition(long globalIndex) {
        awaitPosition(globalIndex, PATIENCE);
    }

    /** Waits up to {@code patience} until every local streaming processor has handled the event at this position. */
    public boolean awaitPosition(long globalIndex, Duration patience) {
        TrackingToken target = GapAwareTrackingToken.newInstance(globalIndex, Collections.emptySortedSet());
        long deadline = System.nanoTime() + patience.toNanos();
        for (var processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                long seen = handledCount();
                while (!covers(streaming, target)) {
                    if (System.nanoTime() > deadline) {
                        log.warn("Read model {} has not reached event {} in {}", streaming.getName(), globalIndex, patience);
                        return false;
                    }
                    seen = awaitHandled(seen);
                }
            }
        }
        return true;
    }

    private long handledCount() {
        synchronized (handled) {
            return handledCount;
        }
    }

    /** Waits until a projection's unit of work ends after the one counted as {@code seen}, or a short while. */
    private long awaitHandled(long seen) {
        synchronized (handled) {
            if (handledCount == seen) {
                try {
                    handled.wait(RECHECK_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the read models", e);
                }
            }
            return handledCount;
        }
    }

    private boolean covers(StreamingEventProcessor processor, TrackingToken target) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (status.isEmpty()) {
            return storedTokensCover(processor.getName(), target);
        }
        for (EventTrackerStatus segment : status.values()) {
            TrackingToken token = segment.getTrackingToken();
            if (segment.isErrorState() || token == null || !token.covers(target)) {
                return false;
            }
        }
        return true;
    }

    private boolean storedTokensCover(String processorName, TrackingToken target) {
        List<TrackingToken> tokens = jdbc.query("select token, token_type from token_entry where processor_name = ?",
                (rs, i) -> rs.getBytes(1) == null ? null : serializer.<byte[], TrackingToken>deserialize(
                        new SimpleSerializedObject<>(rs.getBytes(1), byte[].class, rs.getString(2), null)),
                processorName);
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> token != null && token.covers(target));
    }
}
