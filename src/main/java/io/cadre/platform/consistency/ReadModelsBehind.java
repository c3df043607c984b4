package io.cadre.platform.consistency;

import java.time.Duration;

/**
 * A command was recorded, but the read models did not include it within the barrier's patience: a projection is
 * stuck on an event or far behind. The caller's change stands; reading it back has to wait.
 */
public class ReadModelsBehind extends RuntimeException {

    private final String aggregateId;
    private final long version;
    private final Duration retryAfter;

    public ReadModelsBehind(String aggregateId, long version, Duration retryAfter) {
        super("The change was recorded (version " + version + " of " + aggregateId
                + "), but the read models have not included it yet; read it again later");
        this.aggregateId = aggregateId;
        this.version = version;
        this.retryAfter = retryAfter;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public long version() {
        return version;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
