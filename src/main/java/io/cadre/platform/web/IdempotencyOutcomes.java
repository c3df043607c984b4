package io.cadre.platform.web;

import io.cadre.platform.gateway.CommandContext;
import java.util.UUID;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores a command's outcome (its aggregate, version, and whether it created it) on the idempotent request's claim, in
 * the transaction that stores the command's events: both commit or neither does, so a retry of a request whose answer
 * was lost after the commit learns what was recorded ({@link IdempotencyFilter}).
 */
class IdempotencyOutcomes implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcTemplate jdbc;

    IdempotencyOutcomes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object claim = unitOfWork.getMessage().getMetaData().get(CommandContext.IDEMPOTENCY_CLAIM);
        Object result = chain.proceed();
        if (claim != null) {
            // A handler that creates its aggregate answers the new id; one that changes it answers the new version.
            boolean created = !(result instanceof Number);
            long version = result instanceof Number number ? number.longValue() : 0L;
            Object aggregate = unitOfWork.getMessage().getMetaData().get(CommandContext.IDEMPOTENCY_AGGREGATE);
            unitOfWork.onPrepareCommit(u -> jdbc.update("update idempotent_request set outcome_id = ?, outcome_version = ?,"
                    + " outcome_created = ? where claim_id = ?", aggregate == null ? null : UUID.fromString(aggregate.toString()), version, created, UUID.fromString(claim.toString())));
        }
        return result;
    }

    @Configuration(proxyBeanMethods = false)
    static class OnTheCommandBus {

        @Bean
        InitializingBean idempotencyOutcomesOnTheCommandBus(CommandBus commandBus, JdbcTemplate jdbc) {
            return () -> commandBus.registerHandlerInterceptor(new IdempotencyOutcomes(jdbc));
        }
    }
}
