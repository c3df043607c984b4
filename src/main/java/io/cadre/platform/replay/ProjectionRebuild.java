package io.cadre.platform.replay;

import io.cadre.platform.consistency.ReadModelBarrier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Drops every read model and builds it again from the event store: each streaming processor stops and resets its
 * tokens (its reset handlers empty its tables); every stored event is replayed into its handlers in large batches
 * ({@link BulkReplay}), and the processor starts again from the position reached, handling what came meanwhile.
 */
@Component
public class ProjectionRebuild {

    /** Events per transaction when {@link #rebuildAll} replays the event store. */
    public static final int REPLAY_BATCH = BulkReplay.BATCH;

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final EventProcessingConfiguration processing;
    private final ReadModelBarrier barrier;
    private final JdbcTemplate jdbc;
    private final BulkReplay replay;

    ProjectionRebuild(EventProcessingConfiguration processing, ReadModelBarrier barrier, JdbcTemplate jdbc,
                      EventStorageEngine events, TokenStore tokens, TransactionManager transactions) {
        this.processing = processing;
        this.barrier = barrier;
        this.jdbc = jdbc;
        this.replay = new BulkReplay(events, tokens, transactions);
    }

    /** What a rebuild did: the processors whose read models it built again, and the events it replayed in bulk. */
    public record Rebuilt(List<String> processors, long replayedEvents) {
    }

    /** Rebuilds every projection and says what it did, once all have caught up. */
    public Rebuilt rebuildAll(Duration patience) {
        return rebuild(patience, true);
    }

    /**
     * Rebuilds every projection the way Axon does by itself, each processor replaying every event with its own settings:
     * the benchmark's reference for {@link #rebuildAll}.
     */
    public Rebuilt rebuildByProcessors(Duration patience) {
        return rebuild(patience, false);
    }

    private Rebuilt rebuild(Duration patience, boolean bulk) {
        List<String> rebuilt = new ArrayList<>();
        long replayed = 0;
        List<StreamingEventProcessor> restarted = new ArrayList<>();
        long started = System.nanoTime();
        for (var processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()) {
                streaming.shutDown();
                streaming.resetTokens();
                if (bulk && streaming instanceof AbstractEventProcessor handlers) {
                    replayed += replay(streaming, handlers);
                }
                streaming.start();
                rebuilt.add(streaming.getName());
                restarted.add(streaming);
            }
        }
        // A restarted processor claims its segments a moment later; until then it reports no progress at all,
        // which the barrier would read as "nothing to wait for".
        long deadline = System.nanoTime() + patience.toNanos();
        for (StreamingEventProcessor processor : restarted) {
            while (processor.processingStatus().isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The processor " + processor.getName() + " claimed no segment within " + patience);
                }
                LockSupport.parkNanos(1_000_000);
            }
        }
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        if (head != null && !barrier.awaitPosition(head, patience)) {
            throw new IllegalStateException("The projections did not catch up with event " + head + " within " + patience);
        }
        log.info("Rebuilt {} up to event {} in {} ms", rebuilt, head, (System.nanoTime() - started) / 1_000_000);
        return new Rebuilt(List.copyOf(rebuilt), replayed);
    }

    private long replay(StreamingEventProcessor streaming, AbstractEventProcessor handlers) {
        try {
            long replayed = replay.replay(handlers);
            log.info("Replayed {} events into {} in batches of {}", replayed, streaming.getName(), BulkReplay.BATCH);
            return replayed;
        } catch (InterruptedException | RuntimeException e) {
            // Whatever the failed replay wrote goes again, and the processor replays every event itself.
            streaming.resetTokens();
            streaming.start();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Replaying the events into " + streaming.getName() + " failed", e);
        }
    }
}
