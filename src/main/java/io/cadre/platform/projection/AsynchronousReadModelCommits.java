package io.cadre.platform.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets a batch of the read models commit without waiting for PostgreSQL to flush it to disk. The events are already
 * durable; a batch is its rows and the processor's token, committed together, so a crash can only lose whole batches
 * after the last flushed one, and the processor then handles their events again from the token it finds. The commands'
 * own transactions, which store the events, keep waiting for the flush.
 */
final class AsynchronousReadModelCommits implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String SET = AsynchronousReadModelCommits.class.getName();

    private final JdbcTemplate jdbc;

    AsynchronousReadModelCommits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        // Once per batch: the setting lasts until the batch's transaction ends.
        unitOfWork.root().getOrComputeResource(SET, key -> {
            jdbc.execute("set local synchronous_commit = off");
            return Boolean.TRUE;
        });
        return chain.proceed();
    }
}
