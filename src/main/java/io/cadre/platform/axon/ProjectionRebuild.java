package io.cadre.platform.axon;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Drops every read model and builds it again from the event store: each streaming processor stops,
 * resets its tokens (its reset handler empties its tables), starts again and replays every event.
 */
@Component
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final EventProcessingConfiguration processing;
    private final ReadModelBarrier barrier;
    private final JdbcTemplate jdbc;

    ProjectionRebuild(EventProcessingConfiguration processing, ReadModelBarrier barrier, JdbcTemplate jdbc) {
        this.processing = processing;
        this.barrier = barrier;
        this.jdbc = jdbc;
    }

    /** Rebuilds every projection and returns the names of the processors rebuilt, once all have caught up. */
    public List<String> rebuildAll(Duration patience) {
        List<String> rebuilt = new ArrayList<>();
        List<StreamingEventProcessor> restarted = new ArrayList<>();
        long started = System.nanoTime();
        for (var processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()) {
                streaming.shutDown();
                streaming.resetTokens();
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
        return rebuilt;
    }
}
