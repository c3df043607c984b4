package io.cadre.platform.projection;

import io.cadre.platform.axon.ClusterSettings;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How every read-model processor runs: pooled and streaming, never skipping an event, reporting its progress, and
 * committing its batches without waiting for the disk. Settings under {@code axon.eventhandling.processors.<group>}
 * override the defaults set here, as they do for {@link ReadModels#PROCESSOR}.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    /** A group that has no settings of its own: one segment, one thread, batches of up to 500 events. */
    static final int DEFAULT_BATCH_SIZE = 500;

    @Bean
    ConfigurerModule readModelProcessors(JdbcTemplate jdbc, ProcessorProgress progress, ClusterSettings cluster) {
        return configurer -> configurer.eventProcessing(processing -> processing
                // Claims renewed well within the claim timeout, by the coordinator too while a long batch runs, so
                // that only a stopped node's segments go stale.
                .usingPooledStreamingEventProcessors((configuration, builder) -> builder
                        .initialSegmentCount(1)
                        .batchSize(DEFAULT_BATCH_SIZE)
                        .claimExtensionThreshold(cluster.claimRenewal().toMillis())
                        .enableCoordinatorClaimExtension())
                // A handler that throws fails its batch: Axon rolls it back, keeps the token before the event and tries
                // again later, waiting longer each time, instead of logging the error and passing the event.
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(configuration -> PropagatingErrorHandler.instance())
                .registerDefaultHandlerInterceptor((configuration, processor) -> new ProgressInterceptor(processor, progress))
                .registerDefaultHandlerInterceptor((configuration, processor) -> new AsynchronousReadModelCommits(jdbc)));
    }
}
