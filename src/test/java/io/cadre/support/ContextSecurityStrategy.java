package io.cadre.support;

import java.lang.reflect.Field;
import jakarta.servlet.Filter;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's static holder at the strategy of the application context a test runs in. Each Cadre
 * context installs its own Vaadin-aware strategy (with a thread-local of its own) when it starts, and the test
 * framework keeps several contexts alive: without this, a test in a context started earlier would have its
 * requests signed in through one strategy and its commands checked against another, and find nobody signed in.
 * A running Cadre has one context, so this concerns tests alone.
 */
public class ContextSecurityStrategy implements TestExecutionListener {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        beforeTestMethod(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(FilterChainProxy.class).ifAvailable(proxy -> {
            for (SecurityFilterChain chain : proxy.getFilterChains()) {
                for (Filter filter : chain.getFilters()) {
                    SecurityContextHolderStrategy strategy = strategyOf(filter);
                    if (strategy != null) {
                        SecurityContextHolder.setContextHolderStrategy(strategy);
                        return;
                    }
                }
            }
        });
    }

    private static SecurityContextHolderStrategy strategyOf(Filter filter) {
        for (Class<?> type = filter.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (SecurityContextHolderStrategy.class.isAssignableFrom(field.getType())) {
                    try {
                        field.setAccessible(true);
                        return (SecurityContextHolderStrategy) field.get(filter);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
