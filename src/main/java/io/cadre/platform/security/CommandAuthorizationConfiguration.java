package io.cadre.platform.security;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link CommandAuthorization} on the command bus itself rather than on a gateway, so that no way of
 * sending a command (gateway, bus, a handler's own gateway, a future process manager) goes around it.
 */
@Configuration(proxyBeanMethods = false)
class CommandAuthorizationConfiguration {

    @Bean
    InitializingBean commandAuthorizationOnTheCommandBus(CommandBus commandBus, ObjectProvider<ScopeDecision> scopes,
                                                         ObjectProvider<RecordOwners> owners) {
        return () -> commandBus.registerDispatchInterceptor(new CommandAuthorization(scopes, owners));
    }
}
