package io.cadre.platform.projection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Actuator's {@code processors} health: one entry per streaming processor, UP while it moves on, DOWN while it is
 * stuck on an event, naming the event (global index, type, aggregate) and the error.
 */
@Component("processorsHealthContributor")
class ProcessorHealth implements CompositeHealthContributor {

    private final ProcessorStatus status;

    ProcessorHealth(ProcessorStatus status) {
        this.status = status;
    }

    @Override
    public HealthContributor getContributor(String name) {
        return status.processors().containsKey(name) ? indicator(name) : null;
    }

    @Override
    public Stream<HealthContributors.Entry> stream() {
        return status.processors().keySet().stream().map(name -> new HealthContributors.Entry(name, indicator(name)));
    }

    private HealthIndicator indicator(String processor) {
        return () -> {
            try {
                return health(processor);
            } catch (RuntimeException e) {
                // The lag is read from the event store: with the database out of reach the processor cannot move on.
                return Health.down().withDetail("error", "cannot read the event store: " + e.getClass().getSimpleName()).build();
            }
        };
    }

    Health health(String processor) {
        Map<String, Object> details = new LinkedHashMap<>();
        status.position(processor).ifPresent(position -> details.put("position", position));
        details.put("lag", status.lag(processor));
        details.put("errors", status.errorCount(processor));
        details.put("readYourWrites", ReadModels.servesReadYourWrites(processor));
        return status.failing(processor).map(failed -> {
            details.put("failingEvent", failed.globalIndex());
            details.put("eventType", failed.type());
            if (failed.aggregateId() != null) {
                details.put("aggregateId", failed.aggregateId());
            }
            details.put("error", failed.error());
            details.put("since", failed.at().toString());
            return Health.down().withDetails(details).build();
        }).orElseGet(() -> Health.up().withDetails(details).build());
    }
}
