package io.cadre.platform.projection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** How far each streaming processor has got, how far behind the head of the event store it is, and what stops it. */
@Component
public class ProcessorStatus {

    private final EventProcessingConfiguration processing;
    private final ProcessorProgress progress;
    private final JdbcTemplate jdbc;

    ProcessorStatus(EventProcessingConfiguration processing, ProcessorProgress progress, JdbcTemplate jdbc) {
        this.processing = processing;
        this.progress = progress;
        this.jdbc = jdbc;
    }

    /** The streaming processors, by name. */
    public Map<String, StreamingEventProcessor> processors() {
        Map<String, StreamingEventProcessor> processors = new LinkedHashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.put(name, streaming);
            }
        });
        return processors;
    }

    /**
     * The event the processor is stuck on, if it is. A processor whose every segment has passed the event's position is
     * not, even if no batch it committed held the event (the event was removed from the store).
     */
    public Optional<FailedEvent> failing(String processor) {
        Optional<FailedEvent> failing = progress.failing(processor);
        if (failing.isPresent() && passed(processor, failing.get().globalIndex())) {
            progress.forget(processor);
            return Optional.empty();
        }
        return failing;
    }

    private boolean passed(String processor, long globalIndex) {
        StreamingEventProcessor streaming = processors().get(processor);
        if (streaming == null || streaming.processingStatus().isEmpty()) {
            return false;
        }
        return streaming.processingStatus().values().stream().allMatch(segment -> !segment.isErrorState()
                && segment.getCurrentPosition().orElse(-1) >= globalIndex);
    }

    /** The last failure the processor met, even if it has got past it since. */
    public Optional<FailedEvent> lastFailure(String processor) {
        return progress.lastFailure(processor);
    }

    /** How many of the processor's batches have failed since Cadre started. */
    public long errorCount(String processor) {
        return progress.errorCount(processor);
    }

    /**
     * The position up to which the processor has handled the event store: its lowest segment's, as this node runs it,
     * or else the last one it committed here.
     */
    public OptionalLong position(String processor) {
        StreamingEventProcessor streaming = processors().get(processor);
        if (streaming != null) {
            Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
            if (!segments.isEmpty()) {
                long lowest = Long.MAX_VALUE;
                for (EventTrackerStatus segment : segments.values()) {
                    OptionalLong position = segment.getCurrentPosition();
                    if (position.isEmpty()) {
                        return progress.committedPosition(processor);
                    }
                    lowest = Math.min(lowest, position.getAsLong());
                }
                return OptionalLong.of(lowest);
            }
        }
        return progress.committedPosition(processor);
    }

    /** The position of the newest stored event, or -1 when there is none. */
    public long head() {
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    /** How many positions of the event store the processor has still to pass (0 when it has caught up). */
    public long lag(String processor) {
        long head = head();
        return Math.max(0, head - position(processor).orElse(head < 0 ? -1 : 0));
    }
}
