package io.cadre.platform.web;

import io.cadre.platform.persistence.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Around every API call, before sign-in is checked: a call that fails because the database is out of reach (while
 * reading the caller's account, or anywhere after) is a 503 problem+json with {@code Retry-After}, never a
 * redirect to the sign-in page or a 500.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.causedIt(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            ProblemResponses.writeOutage(response);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter() {
            FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(new DatabaseOutageFilter());
            registration.addUrlPatterns("/api/*");
            // Outside Spring Security's filter chain (order -100), so an account that cannot be read is not a failed sign-in.
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }
}
