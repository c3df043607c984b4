package io.cadre.platform.projection;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Tells {@link ProcessorProgress} what happens to each batch of one processor: the event whose handler threw, or the
 * whole batch when it failed only as it was written, or the events it committed. While the processor is stuck, its
 * batches write each event's rows as the event is handled ({@link ProjectionBatch#UNBATCHED}), so that a failure
 * that a batched write would only meet at commit names its event on the next try.
 */
final class ProgressInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String BATCH = ProgressInterceptor.class.getName();

    private final String processor;
    private final ProcessorProgress progress;

    ProgressInterceptor(String processor, ProcessorProgress progress) {
        this.processor = processor;
        this.progress = progress;
    }

    private static final class Batch {
        final Set<Long> handled = new HashSet<>();
        long first = -1;
        long highest = -1;
        int size;
        boolean attributed;
        boolean unbatched;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        UnitOfWork<?> root = unitOfWork.root();
        Batch batch = root.getOrComputeResource(BATCH, key -> {
            Batch started = new Batch();
            started.unbatched = progress.failing(processor).isPresent();
            root.afterCommit(u -> progress.committed(processor, started.highest, started.handled));
            root.onRollback(u -> {
                if (!started.attributed && started.first >= 0) {
                    Throwable cause = u.getExecutionResult() == null ? null : u.getExecutionResult().getExceptionResult();
                    progress.failed(processor, "a batch of " + started.size + " events from " + started.first + " to "
                            + started.highest, started.first, null, cause == null ? new IllegalStateException("rolled back") : cause);
                }
            });
            return started;
        });
        if (batch.unbatched) {
            root.resources().putIfAbsent(ProjectionBatch.UNBATCHED, Boolean.TRUE);
        }
        EventMessage<?> event = unitOfWork.getMessage();
        long index = position(event);
        if (index >= 0) {
            // The events handled only matter to a batch that may clear a failure: one begun while the processor was
            // stuck. A batch begun before cannot hold the failed event and commit, so it keeps no list of them.
            if (batch.unbatched) {
                batch.handled.add(index);
            }
            batch.first = batch.first < 0 ? index : Math.min(batch.first, index);
            batch.highest = Math.max(batch.highest, index);
        }
        batch.size++;
        try {
            return chain.proceed();
        } catch (Exception | Error e) {
            if (!batch.attributed) {
                batch.attributed = true;
                progress.failed(processor, type(event), index,
                        event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null, e);
            }
            throw e;
        }
    }

    private static long position(EventMessage<?> event) {
        if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            return tracked.trackingToken().position().orElse(-1);
        }
        return -1;
    }

    private static String type(EventMessage<?> event) {
        try {
            return event.getPayloadType().getSimpleName();
        } catch (RuntimeException e) {
            return "unreadable event";
        }
    }
}
