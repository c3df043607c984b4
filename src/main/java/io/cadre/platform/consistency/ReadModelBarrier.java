package io.cadre.platform.consistency;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.MergedTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
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
 *
 * <p>A processor has handled an event once its token has passed the event's position without leaving a gap there.
 * A gap below that position does not hold the caller back: it is another transaction's event, either not committed
 * yet (the caller could not have seen it) or rolled back, such as a group of import rows redone one by one or an
 * append that lost a race, whose position stays empty for good and leaves the tokens only after Axon's gap timeout,
 * a minute later. Events committed before the awaited one are handled before it, as a processor reads in order
 * every event committed by then.
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
        long deadline = System.nanoTime() + patience.toNanos();
        for (var processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                long seen = handledCount();
                while (!covers(streaming, globalIndex)) {
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

    private boolean covers(StreamingEventProcessor processor, long globalIndex) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (status.isEmpty()) {
            return storedTokensCover(processor.getName(), globalIndex);
        }
        for (EventTrackerStatus segment : status.values()) {
            TrackingToken token = segment.getTrackingToken();
            if (segment.isErrorState() || token == null || !handled(token, globalIndex)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the token has passed the position without a gap there; gaps below it are other transactions'. */
    static boolean handled(TrackingToken token, long globalIndex) {
        SortedSet<Long> gapsBelow = new TreeSet<>();
        collectGaps(token, globalIndex, gapsBelow);
        return token.covers(GapAwareTrackingToken.newInstance(globalIndex, gapsBelow));
    }

    private static void collectGaps(TrackingToken token, long globalIndex, SortedSet<Long> gaps) {
        switch (token) {
            case GapAwareTrackingToken gapAware -> gaps.addAll(gapAware.getGaps().headSet(globalIndex));
            case ReplayToken replay -> collectGaps(replay.getCurrentToken(), globalIndex, gaps);
            case MergedTrackingToken merged -> {
                collectGaps(merged.lowerSegmentToken(), globalIndex, gaps);
                collectGaps(merged.upperSegmentToken(), globalIndex, gaps);
            }
            case null, default -> {
            }
        }
    }

    private boolean storedTokensCover(String processorName, long globalIndex) {
        List<TrackingToken> tokens = jdbc.query("select token, token_type from token_entry where processor_name = ?",
                (rs, i) -> rs.getBytes(1) == null ? null : serializer.<byte[], TrackingToken>deserialize(
                        new SimpleSerializedObject<>(rs.getBytes(1), byte[].class, rs.getString(2), null)),
                processorName);
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> token != null && handled(token, globalIndex));
    }
}
