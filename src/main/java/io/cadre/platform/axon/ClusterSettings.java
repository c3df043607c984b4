package io.cadre.platform.axon;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the nodes that share one PostgreSQL split the processing: each node claims processor segments under its
 * {@code nodeId} (by default the JVM's own name, process id and host), and a claim not renewed for {@code claimTimeout}
 * is stale, so another node takes the segment over. A node renews its claims every third of that; how often it looks
 * for segments to take is each processor's {@code token-claim-interval} under {@code axon.eventhandling.processors}.
 */
@ConfigurationProperties("cadre.cluster")
public record ClusterSettings(String nodeId, @DefaultValue("6s") Duration claimTimeout) {

    public ClusterSettings {
        if (nodeId == null || nodeId.isBlank()) {
            nodeId = ManagementFactory.getRuntimeMXBean().getName();
        }
    }

    /** How long a node waits, with nothing to handle, before it renews its claims. */
    public Duration claimRenewal() {
        return claimTimeout.dividedBy(3);
    }
}
