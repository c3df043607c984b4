package io.cadre.platform.consistency;

import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A command was recorded, but the read models did not include it within the barrier's patience: a projection is
 * stuck on an event or far behind. The caller's change stands; reading it back has to wait.
 */
public class ReadModelsBehind extends RuntimeException {

    /** When a caller may ask again: the barrier's patience is 10 s, and a projection that is merely busy catches up in less. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

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

    /** The 503 problem a caller gets, naming the recorded version; answered alike by a controller and by a servlet filter. */
    public ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, getMessage());
        problem.setTitle("Read models behind");
        problem.setProperty("id", aggregateId);
        problem.setProperty("version", version);
        return problem;
    }
}
