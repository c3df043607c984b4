package io.cadre.pipeline.command;

import io.cadre.platform.gateway.CommandContext;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotAllowed;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Sends a command while another is handled, as part of it: on the same thread, as the same sender, in the same unit of
 * work and transaction, so that the events of both are recorded together or, when the domain refuses either, not at all.
 * The command carries the actor and request of the one that sent it, and its own reason.
 */
@Component
class NestedCommands {

    private final CommandGateway gateway;

    NestedCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Sends the command and returns its result; the domain's refusal is rethrown as itself, an unknown aggregate as NotFound. */
    Object send(Object command, String reason) {
        Map<String, Object> metaData = new HashMap<>();
        if (CurrentUnitOfWork.isStarted()) {
            MetaData outer = CurrentUnitOfWork.get().getMessage().getMetaData();
            copy(outer, metaData, CommandContext.ACTOR);
            copy(outer, metaData, CommandContext.REQUEST_ID);
        }
        if (reason != null && !reason.isBlank()) {
            metaData.put(CommandContext.REASON, reason);
        }
        try {
            return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metaData)));
        } catch (AggregateNotFoundException e) {
            throw new NotFound(e.getMessage());
        } catch (RuntimeException e) {
            throw domainCause(e);
        }
    }

    private static void copy(MetaData from, Map<String, Object> to, String key) {
        if (from.get(key) != null) {
            to.put(key, from.get(key));
        }
    }

    private static RuntimeException domainCause(RuntimeException e) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            if (cause instanceof NotFound || cause instanceof InvalidInput || cause instanceof RuleViolation
                    || cause instanceof NotAllowed) {
                return (RuntimeException) cause;
            }
            if (cause instanceof AggregateNotFoundException) {
                return new NotFound(cause.getMessage());
            }
        }
        return e;
    }
}
