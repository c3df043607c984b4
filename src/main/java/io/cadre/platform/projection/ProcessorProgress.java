package io.cadre.platform.projection;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * What each read-model processor has done lately, as its units of work report it ({@link ProgressInterceptor}): the
 * last position it committed, how many batches failed, and the event it is stuck on, if any. A processor is stuck
 * from the moment a batch fails until a batch that holds the failed event commits; meanwhile Axon rolls the failed
 * batch back, keeps its token before the event and tries again, waiting longer each time (1 s doubling to 60 s).
 */
@Component
public class ProcessorProgress {

    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    private static final class State {
        volatile FailedEvent failing;
        volatile FailedEvent last;
        final AtomicLong position = new AtomicLong(-1);
        final AtomicLong errors = new AtomicLong();
    }

    private State state(String processor) {
        return states.computeIfAbsent(processor, name -> new State());
    }

    /** The event the processor is stuck on, if it is. */
    public Optional<FailedEvent> failing(String processor) {
        return Optional.ofNullable(state(processor).failing);
    }

    /** The last failure the processor met, even if it has got past it since. */
    public Optional<FailedEvent> lastFailure(String processor) {
        return Optional.ofNullable(state(processor).last);
    }

    /** How many of the processor's batches have failed since Cadre started. */
    public long errorCount(String processor) {
        return state(processor).errors.get();
    }

    /** The highest position among the events of the batches the processor committed since Cadre started. */
    public OptionalLong committedPosition(String processor) {
        long position = state(processor).position.get();
        return position < 0 ? OptionalLong.empty() : OptionalLong.of(position);
    }

    /** Forgets what a processor was stuck on: its read models are being rebuilt, or were put back as they were. */
    public void forget(String processor) {
        state(processor).failing = null;
    }

    void failed(String processor, String type, long globalIndex, String aggregateId, Throwable error) {
        State state = state(processor);
        FailedEvent failure = new FailedEvent(globalIndex, type, aggregateId, message(error), clock.instant());
        state.errors.incrementAndGet();
        state.last = failure;
        FailedEvent known = state.failing;
        // A batch that rolls back names only its range; an event already named inside that range says more, so it stays.
        boolean vaguer = aggregateId == null && type != null && type.startsWith("a batch of");
        if (!(vaguer && known != null && known.aggregateId() != null && known.globalIndex() >= globalIndex)) {
            state.failing = failure;
        }
    }

    void committed(String processor, long highest, Set<Long> handled) {
        State state = state(processor);
        state.position.accumulateAndGet(highest, Math::max);
        FailedEvent failing = state.failing;
        if (failing != null && handled.contains(failing.globalIndex())) {
            state.failing = null;
        }
    }

    private static String message(Throwable error) {
        Throwable root = error;
        StringBuilder message = new StringBuilder(String.valueOf(error));
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 10; depth++) {
            root = root.getCause();
            message.append("; caused by ").append(root);
        }
        return message.length() > 2_000 ? message.substring(0, 2_000) : message.toString();
    }
}
