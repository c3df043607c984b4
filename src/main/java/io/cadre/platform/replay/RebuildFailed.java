package io.cadre.platform.replay;

import io.cadre.platform.projection.FailedEvent;
import java.util.Optional;

/**
 * A rebuild did not finish, and the read models it had emptied were put back as they were: the event a processor could
 * not handle when one is known, or else why the rebuild stopped (the processors did not catch up in time).
 */
public class RebuildFailed extends RuntimeException {

    private final String processor;
    private final transient FailedEvent event;

    RebuildFailed(String processor, FailedEvent event, String message, Throwable cause) {
        super(message, cause);
        this.processor = processor;
        this.event = event;
    }

    /** The processor whose read models could not be rebuilt. */
    public String processor() {
        return processor;
    }

    /** The event it could not handle, if that is why. */
    public Optional<FailedEvent> event() {
        return Optional.ofNullable(event);
    }
}
