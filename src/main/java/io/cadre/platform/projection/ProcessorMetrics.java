package io.cadre.platform.projection;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Micrometer meters per streaming processor, tagged {@code processor}: {@code cadre.processor.status} (1 moving on,
 * 0 stuck on an event), {@code .position}, {@code .lag} (positions behind the head of the event store),
 * {@code .errors} (failed batches) and {@code .last.error} (when the last failure happened, in epoch seconds; 0 if none).
 */
@Component("readModelProcessorMetrics")
class ProcessorMetrics {

    private final ProcessorStatus status;
    private final MeterRegistry registry;

    ProcessorMetrics(ProcessorStatus status, MeterRegistry registry) {
        this.status = status;
        this.registry = registry;
    }

    /** The processors exist once Axon has started, after the meter registry is bound. */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (String processor : status.processors().keySet()) {
            Tags tags = Tags.of("processor", processor);
            Gauge.builder("cadre.processor.status", status, s -> s.failing(processor).isPresent() ? 0 : 1)
                    .tags(tags).description("1 while the processor moves on, 0 while it is stuck on an event").register(registry);
            Gauge.builder("cadre.processor.position", status, s -> s.position(processor).orElse(-1))
                    .tags(tags).description("the global index up to which the processor has handled the events").register(registry);
            Gauge.builder("cadre.processor.lag", status, s -> s.lag(processor))
                    .tags(tags).description("positions of the event store the processor has still to pass").register(registry);
            FunctionCounter.builder("cadre.processor.errors", status, s -> s.errorCount(processor))
                    .tags(tags).description("batches of the processor that failed").register(registry);
            Gauge.builder("cadre.processor.last.error", status,
                            s -> s.lastFailure(processor).map(failed -> failed.at().getEpochSecond()).orElse(0L))
                    .tags(tags).baseUnit("seconds").description("when the processor last failed, in epoch seconds").register(registry);
        }
    }
}
