package io.cadre.platform.axon;

import io.cadre.platform.gateway.CommandContext;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Names, on every message a process sends while it handles an event, that event as the cause: a command a saga sends
 * carries the event's id, and the events of that command carry it on. Messages sent outside a process carry none.
 */
final class CausationProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        if (message instanceof EventMessage<?>) {
            return Map.of(CommandContext.CAUSATION_ID, message.getIdentifier());
        }
        Object cause = message.getMetaData().get(CommandContext.CAUSATION_ID);
        return cause == null ? Map.of() : Map.of(CommandContext.CAUSATION_ID, cause);
    }
}
