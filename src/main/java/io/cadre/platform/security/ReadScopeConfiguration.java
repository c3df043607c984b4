package io.cadre.platform.security;

import org.axonframework.queryhandling.QueryBus;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link ReadScopeCheck} on the query bus itself, which every query of the REST API and the views passes. */
@Configuration(proxyBeanMethods = false)
class ReadScopeConfiguration {

    @Bean
    InitializingBean readScopeOnTheQueryBus(QueryBus queryBus, ObjectProvider<ScopeDecision> scopes) {
        ReadScopeCheck check = new ReadScopeCheck(scopes);
        return () -> {
            queryBus.registerDispatchInterceptor(check);
            queryBus.registerHandlerInterceptor(check);
        };
    }
}
