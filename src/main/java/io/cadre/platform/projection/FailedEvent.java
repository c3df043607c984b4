package io.cadre.platform.projection;

import java.time.Instant;

/**
 * An event a processor could not handle, and why: its position in the event store, its payload type, its aggregate
 * (null when the event has none, or when only the batch that held it is known) and the error.
 */
public record FailedEvent(long globalIndex, String type, String aggregateId, String error, Instant at) {

    /** One line for logs and answers. */
    public String describe() {
        return "event " + globalIndex + " (" + type + (aggregateId == null ? "" : " of " + aggregateId) + "): " + error;
    }
}
