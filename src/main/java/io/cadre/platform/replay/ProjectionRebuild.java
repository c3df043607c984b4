package io.cadre.platform.replay;

import io.cadre.platform.axon.ClusterSettings;
import io.cadre.platform.consistency.ReadModelBarrier;
import io.cadre.platform.projection.FailedEvent;
import io.cadre.platform.projection.ProcessorProgress;
import io.cadre.platform.projection.ReadModelTables;
import io.cadre.shared.NotFound;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the read models of one processing group, or of every group, again from the event store: each processor stops,
 * empty twins of its tables are made beside the live ones ({@link ReadModelShadow}) and its tokens reset; every stored
 * event is replayed into its handlers, writing into the twins, in large batches ({@link BulkReplay}); the twins get the
 * indexes left for after the replay and take the live tables' place, and the processor starts again from the position
 * reached, handling what came meanwhile. The live tables answer queries, as they were, until then. If any event fails,
 * the read models and tokens are left or put back as they were and {@link RebuildFailed} names the event.
 *
 * <p>The rebuild acts on every node that shares the database: the groups are paused cluster-wide
 * ({@link ClusterPauses}), and the rebuild waits until no other node holds a claim on their segments before it resets
 * their tokens; the other nodes start their processors again once it has ended, either way.
 */
@Component
public class ProjectionRebuild {

    /** Events per transaction when {@link #rebuildAll} replays the event store. */
    public static final int REPLAY_BATCH = BulkReplay.BATCH;

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final Duration LOOK = Duration.ofMillis(200);
    private static final Duration RELEASE_MARGIN = Duration.ofSeconds(5);

    private final EventProcessingConfiguration processing;
    private final ReadModelBarrier barrier;
    private final JdbcTemplate jdbc;
    private final TransactionManager transactions;
    private final ProcessorProgress progress;
    private final ApplicationContext context;
    private final BulkReplay replay;
    private final ClusterPauses pauses;
    private final ClusterSettings cluster;
    private final ReentrantLock running = new ReentrantLock();

    ProjectionRebuild(EventProcessingConfiguration processing, ReadModelBarrier barrier, JdbcTemplate jdbc,
                      EventStorageEngine events, TokenStore tokens, TransactionManager transactions,
                      ProcessorProgress progress, ApplicationContext context, ClusterPauses pauses, ClusterSettings cluster) {
        this.processing = processing;
        this.barrier = barrier;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.progress = progress;
        this.context = context;
        this.replay = new BulkReplay(events, tokens);
        this.pauses = pauses;
        this.cluster = cluster;
    }

    /**
     * What a rebuild did: the processors whose read models it built again, the events it replayed in bulk, how long
     * each processor took to handle every event (the processors replay side by side, from one reading of the store),
     * and how long putting the rebuilt read models in place took (the indexes left for after the replay included).
     */
    public record Rebuilt(List<String> processors, long replayedEvents, Map<String, Duration> replayTimes, Duration installTime) {
    }

    /** Rebuilds every group's projections and says what it did, once all have caught up. */
    public Rebuilt rebuildAll(Duration patience) {
        return rebuild(List.copyOf(resettable().values()), patience, true);
    }

    /**
     * Rebuilds the projections of one processing group alone.
     *
     * @throws NotFound when no processor of that name can be rebuilt
     */
    public Rebuilt rebuild(String group, Duration patience) {
        StreamingEventProcessor processor = resettable().get(group);
        if (processor == null) {
            throw new NotFound("No processing group " + group + " to rebuild; the groups are " + resettable().keySet());
        }
        return rebuild(List.of(processor), patience, true);
    }

    /**
     * Rebuilds every projection the way Axon does by itself, each processor replaying every event with its own settings:
     * the benchmark's reference for {@link #rebuildAll}.
     */
    public Rebuilt rebuildByProcessors(Duration patience) {
        return rebuild(List.copyOf(resettable().values()), patience, false);
    }

    /** The processing groups a rebuild can take, by name. */
    public Set<String> groups() {
        return resettable().keySet();
    }

    /** The tables of every group's projections, as each declares them: what {@link #rebuildAll} builds again. */
    public Set<String> tables() {
        return declared(List.copyOf(groups())).tables();
    }

    private Map<String, StreamingEventProcessor> resettable() {
        Map<String, StreamingEventProcessor> processors = new LinkedHashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()) {
                processors.put(name, streaming);
            }
        });
        return processors;
    }

    private Rebuilt rebuild(List<StreamingEventProcessor> processors, Duration patience, boolean bulk) {
        if (!running.tryLock()) {
            throw new RebuildFailed(null, null, "Another rebuild is running", null);
        }
        try {
            List<String> names = processors.stream().map(StreamingEventProcessor::getName).toList();
            pauses.pause(names);
            try {
                return rebuildPaused(processors, names, patience, bulk);
            } finally {
                pauses.resume(names);
            }
        } finally {
            running.unlock();
        }
    }

    /** The rebuild itself, once every other node has been told to keep off these processors. */
    private Rebuilt rebuildPaused(List<StreamingEventProcessor> processors, List<String> names, Duration patience, boolean bulk) {
        processors.forEach(StreamingEventProcessor::shutDown);
        RebuildSpace space;
        try {
            // The other nodes stop their processors within a second; a dead node's claims lapse after the claim timeout.
            pauses.awaitReleased(names, cluster.claimTimeout().plus(RELEASE_MARGIN));
            Declared declared = declared(names);
            // Processors that replay by themselves write through their own transactions, so into the live tables.
            space = bulk && ReadModelShadow.possible(jdbc, declared.tables())
                    ? ReadModelShadow.create(jdbc, transactions, declared.tables(), declared.indexedAfterReplay(), names)
                    : ReadModelBackup.take(jdbc, transactions, declared.tables(), names);
        } catch (RuntimeException e) {
            processors.forEach(StreamingEventProcessor::start);
            throw failed(names, e);
        }
        try {
            Rebuilt rebuilt = replayAndCatchUp(processors, patience, bulk, space);
            space.drop();
            return rebuilt;
        } catch (RuntimeException e) {
            processors.forEach(StreamingEventProcessor::shutDown);
            space.restore();
            names.forEach(progress::forget);
            processors.forEach(StreamingEventProcessor::start);
            log.warn("The rebuild of {} failed; its read models are as they were: {}", names, e.getMessage(), e);
            throw failed(names, e);
        }
    }

    /**
     * Why the rebuild stopped, as the answer tells it: a failure other than the replay's own (a token another node took
     * back, a statement PostgreSQL refused) left the read models as they were too, and trying again later may succeed.
     */
    private static RebuildFailed failed(List<String> names, RuntimeException e) {
        return e instanceof RebuildFailed failed ? failed
                : new RebuildFailed(null, null, "The rebuild of " + names + " stopped: " + e.getMessage(), e);
    }

    private Rebuilt replayAndCatchUp(List<StreamingEventProcessor> processors, Duration patience, boolean bulk,
                                     RebuildSpace space) {
        List<String> rebuilt = new ArrayList<>();
        Map<String, Duration> times = new LinkedHashMap<>();
        long replayed = 0;
        long started = System.nanoTime();
        List<AbstractEventProcessor> replayable = new ArrayList<>();
        for (StreamingEventProcessor streaming : processors) {
            progress.forget(streaming.getName());
            resetTokens(streaming, space.transactions());
            if (bulk && streaming instanceof AbstractEventProcessor handlers) {
                replayable.add(handlers);
            }
        }
        if (!replayable.isEmpty()) {
            BulkReplay.Replayed replay = replay(replayable, space.transactions());
            replayed = replay.events();
            times.putAll(replay.times());
        }
        long installing = System.nanoTime();
        space.install();
        Duration installTime = Duration.ofNanos(System.nanoTime() - installing);
        for (StreamingEventProcessor streaming : processors) {
            streaming.start();
            rebuilt.add(streaming.getName());
        }
        // A restarted processor claims its segments a moment later; until then it reports no progress at all,
        // which the barrier would read as "nothing to wait for".
        long deadline = System.nanoTime() + patience.toNanos();
        for (StreamingEventProcessor processor : processors) {
            while (processor.processingStatus().isEmpty()) {
                failIfStuck(processor.getName());
                if (System.nanoTime() > deadline) {
                    throw new RebuildFailed(processor.getName(), null,
                            "The processor " + processor.getName() + " claimed no segment within " + patience, null);
                }
                LockSupport.parkNanos(1_000_000);
            }
        }
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        while (head != null && !barrier.awaitPosition(rebuilt, head, LOOK)) {
            rebuilt.forEach(this::failIfStuck);
            if (System.nanoTime() > deadline) {
                throw new RebuildFailed(null, null, "The projections did not catch up with event " + head + " within " + patience, null);
            }
        }
        log.info("Rebuilt {} up to event {} in {} ms", rebuilt, head, (System.nanoTime() - started) / 1_000_000);
        return new Rebuilt(List.copyOf(rebuilt), replayed, times, installTime);
    }

    /**
     * Empties the processor's read models and moves its tokens to the start, claiming every segment. Another node may
     * have claimed a segment back after it was seen released (a node that stops stores its last batch's token); it no
     * longer renews that claim, so the reset waits until the claim lapses and tries once more.
     */
    private void resetTokens(StreamingEventProcessor streaming, TransactionManager space) {
        try {
            space.executeInTransaction(streaming::resetTokens);
        } catch (UnableToClaimTokenException e) {
            log.info("Another node claimed a segment of {} back before its reset ({}); waiting for the claim to lapse",
                    streaming.getName(), e.getMessage());
            pauses.awaitReleased(List.of(streaming.getName()), cluster.claimTimeout().plus(RELEASE_MARGIN));
            space.executeInTransaction(streaming::resetTokens);
        }
    }

    private void failIfStuck(String processor) {
        Optional<FailedEvent> failing = progress.failing(processor);
        if (failing.isPresent()) {
            throw new RebuildFailed(processor, failing.get(), "The read models of " + processor + " could not handle "
                    + failing.get().describe(), null);
        }
    }

    /** Replays every event into the processors side by side; a failure names the processor whose handlers failed. */
    private BulkReplay.Replayed replay(List<AbstractEventProcessor> processors, TransactionManager space) {
        List<String> names = processors.stream().map(AbstractEventProcessor::getName).toList();
        try {
            BulkReplay.Replayed replayed = replay.replay(processors, space);
            log.info("Replayed {} events into {} in batches of {}: {}", replayed.events(), names, BulkReplay.BATCH, replayed.times());
            return replayed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RebuildFailed(null, null, "The rebuild of " + names + " was interrupted", e);
        } catch (BulkReplay.Failed e) {
            FailedEvent failed = progress.failing(e.processor()).orElse(null);
            throw new RebuildFailed(e.processor(), failed, "The read models of " + e.processor()
                    + " could not handle " + (failed == null ? "an event: " + e.getCause().getMessage() : failed.describe()), e);
        }
    }

    /** The tables of some groups' projections, and those of them whose indexes a rebuild builds after the replay. */
    private record Declared(Set<String> tables, Set<String> indexedAfterReplay) {
    }

    /** The tables of the projections of these groups, as each declares them ({@link ReadModelTables}). */
    private Declared declared(List<String> groups) {
        Set<String> tables = new LinkedHashSet<>();
        Set<String> indexedAfterReplay = new LinkedHashSet<>();
        for (Object bean : context.getBeansWithAnnotation(ProcessingGroup.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class);
            ReadModelTables declared = AnnotatedElementUtils.findMergedAnnotation(type, ReadModelTables.class);
            if (group != null && groups.contains(processorOf(group.value()))) {
                if (declared == null) {
                    throw new IllegalStateException(type.getName() + " is a projection that declares no @ReadModelTables");
                }
                tables.addAll(List.of(declared.value()));
                indexedAfterReplay.addAll(List.of(declared.indexedAfterReplay()));
            }
        }
        if (!tables.containsAll(indexedAfterReplay)) {
            throw new IllegalStateException("Tables to index after the replay that no projection writes: " + indexedAfterReplay);
        }
        return new Declared(tables, indexedAfterReplay);
    }

    private String processorOf(String group) {
        return processing.eventProcessorByProcessingGroup(group).map(p -> p.getName()).orElse(group);
    }
}
