package io.cadre.access.service;

import io.cadre.access.api.AccessEvent;
import io.cadre.platform.gateway.CommandContext;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records what happens to user accounts in the event log, with who did it: accounts live in their own table,
 * but their changes and the failed sign-ins are facts an auditor asks for, so they are stored like every other.
 * Called inside the transaction that changes the account, so both land or neither does.
 */
@Component
class AccessEvents {

    private final EventGateway events;

    AccessEvents(EventGateway events) {
        this.events = events;
    }

    /** Records the event as done by the signed-in user (or {@code system} when nobody is signed in). */
    void record(AccessEvent event) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        record(event, authentication == null ? "system" : authentication.getName());
    }

    /** Records the event as done by the given actor. */
    void record(AccessEvent event, String actor) {
        events.publish(GenericEventMessage.asEventMessage(event).andMetaData(Map.of(CommandContext.ACTOR, actor)));
    }
}
