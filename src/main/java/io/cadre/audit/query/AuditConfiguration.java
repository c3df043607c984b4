package io.cadre.audit.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit processor handles every event in the order stored, in one segment: an entry names subjects (a person's team,
 * a team's parent) as the entries before it left them, whatever aggregate they came from, so no two events may be handled
 * side by side, in a live batch or in a rebuild's replay.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    ConfigurerModule auditInStoredOrder() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSequencingPolicy(AuditProjection.GROUP, configuration -> new SequentialPolicy()));
    }
}
