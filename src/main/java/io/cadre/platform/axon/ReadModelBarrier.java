package io.cadre.platform.axon;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets a command's caller read its own write: waits until every streaming processor running on this
 * node has handled the event that the command stored last.
 */
@Component
public class ReadModelBarrier {

    private static final Logger log = LoggerFactory.getLogger(ReadModelBarrier.class);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;

    ReadModelBarrier(JdbcTemplate jdbc, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.processing = processing;
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
                while (!covers(streaming.processingStatus(), target)) {
                    if (System.nanoTime() > deadline) {
                        log.warn("Read model {} has not reached event {} in {}", streaming.getName(), globalIndex, patience);
                        return false;
                    }
                    LockSupport.parkNanos(200_000);
                }
            }
        }
        return true;
    }

    private static boolean covers(Map<Integer, EventTrackerStatus> status, TrackingToken target) {
        if (status.isEmpty()) {
            return true;
        }
        for (EventTrackerStatus segment : status.values()) {
            TrackingToken token = segment.getTrackingToken();
            if (segment.isErrorState() || token == null || !token.covers(target)) {
                return false;
            }
        }
        return true;
    }
}
