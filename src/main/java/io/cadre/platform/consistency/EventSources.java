package io.cadre.platform.consistency;

import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The projections' two sources of events, named by {@code axon.eventhandling.processors.<group>.source}: the prompt one
 * for the read models a command's answer waits for, the patient one for the derived groups that nobody waits for.
 */
@Configuration(proxyBeanMethods = false)
class EventSources {

    @Bean
    NotifyingEventSource notifyingEventSource(EventStore eventStore) {
        return new NotifyingEventSource(eventStore, Duration.ZERO);
    }

    @Bean
    NotifyingEventSource patientEventSource(EventStore eventStore,
                                            @Value("${cadre.projections.derived-patience:100ms}") Duration patience) {
        return new NotifyingEventSource(eventStore, patience);
    }
}
