package io.cadre.platform.axon;

import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Makes each aggregate's instance, before its events are applied, with its own no-argument constructor. Axon's Spring
 * support otherwise asks the application context for a new prototype bean every time an aggregate is loaded, through
 * every bean post-processor, about a twentieth of a command's time on the request thread; no Cadre aggregate has
 * anything injected (what a command handler needs comes as a parameter). Axon takes a bean named
 * {@code <aggregate>AggregateFactory} when one exists, so one is declared per {@link Aggregate} class.
 */
final class PlainAggregateFactories implements BeanDefinitionRegistryPostProcessor {

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        for (String name : registry.getBeanDefinitionNames()) {
            BeanDefinition definition = registry.getBeanDefinition(name);
            String className = definition.getBeanClassName();
            if (className == null || !className.startsWith("io.cadre.")) {
                continue;
            }
            Class<?> type = ClassUtils.resolveClassName(className, getClass().getClassLoader());
            if (!type.isAnnotationPresent(Aggregate.class)) {
                continue;
            }
            String factory = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1)
                    + "AggregateFactory";
            if (!registry.containsBeanDefinition(factory)) {
                registry.registerBeanDefinition(factory, BeanDefinitionBuilder.genericBeanDefinition(GenericAggregateFactory.class)
                        .addConstructorArgValue(type).getBeanDefinition());
            }
        }
    }
}
