package io.cadre.platform.axon;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.queryhandling.QueryBus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's message meters (counts, timers and, for the event processors, latency) without Axon's capacity monitor. That
 * monitor keeps the timing of every message handled in the last ten minutes in memory: when the projections catch up
 * with 830,000 events, the four processors' monitors held 3.4 million entries (about 300 MB of a 1 GiB heap), and the
 * JVM spent its time collecting garbage. How busy the processors are shows in Cadre's own {@code cadre.processor.*}
 * meters ({@code lag}, {@code position}) instead.
 */
@Configuration(proxyBeanMethods = false)
class AxonMetrics {

    /** Taken by Axon's metrics auto-configuration in place of its own registry. */
    @Bean
    GlobalMetricRegistry cadreMetricRegistry(MeterRegistry registry) {
        return new WithoutCapacity(registry);
    }

    static final class WithoutCapacity extends GlobalMetricRegistry {

        WithoutCapacity(MeterRegistry registry) {
            super(registry);
        }

        @Override
        public MessageMonitor<? extends Message<?>> registerComponent(Class<?> componentType, String componentName) {
            MeterRegistry registry = getRegistry();
            if (EventProcessor.class.isAssignableFrom(componentType)) {
                return new MultiMessageMonitor<EventMessage<?>>(List.of(MessageTimerMonitor.buildMonitor(componentName, registry),
                        EventProcessorLatencyMonitor.builder().meterNamePrefix(componentName).meterRegistry(registry).build(),
                        MessageCountingMonitor.buildMonitor(componentName, registry)));
            }
            if (CommandBus.class.isAssignableFrom(componentType) || QueryBus.class.isAssignableFrom(componentType)) {
                return new MultiMessageMonitor<Message<?>>(List.of(MessageCountingMonitor.buildMonitor(componentName, registry),
                        MessageTimerMonitor.buildMonitor(componentName, registry)));
            }
            return super.registerComponent(componentType, componentName);
        }
    }
}
