package io.cadre.platform.projection;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** How the projections' processor writes: its batches commit without waiting for the disk. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    /** The read models' batches commit without waiting for the disk ({@link AsynchronousReadModelCommits}). */
    @Bean
    ConfigurerModule asynchronousReadModelCommits(JdbcTemplate jdbc) {
        return configurer -> configurer.eventProcessing(processing -> processing.registerHandlerInterceptor(ReadModels.PROCESSOR,
                configuration -> new AsynchronousReadModelCommits(jdbc)));
    }
}
