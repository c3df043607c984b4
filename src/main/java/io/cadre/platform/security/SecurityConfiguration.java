package io.cadre.platform.security;

import io.cadre.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.cadre.platform.ui.LoginView;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.http.HttpMethod;

/**
 * Two doors: the API under /api is stateless (HTTP Basic or a bearer API token, no CSRF, problem+json 401 and
 * 403, roles as in the README's matrix); the rest
 * (health, OpenAPI, and the web UI) has its own chain.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Spring Security observes nothing of its own: it would wrap each filter of a chain, each authentication and each
     * authorization in an observation, a dozen a request and about a twentieth of a command's CPU on its request thread,
     * even with those observations switched off by name (they are then made and dropped). Requests stay timed
     * ({@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationResponses problems, TokenAuthentication tokens) throws Exception {
        // Metrics are read by machines with API credentials, like the API: a 401, never a redirect to the sign-in page.
        return http.securityMatcher("/api/**", "/actuator/metrics", "/actuator/metrics/**", "/actuator/prometheus")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/admin/**", "/api/users", "/api/users/**", "/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/people/*/personal-data", "/api/people/*/erase")
                        .hasAnyRole(Role.PERSONAL_DATA_KEEPERS)
                        .requestMatchers(HttpMethod.POST, "/api/teams", "/api/teams/**", "/api/people", "/api/people/**",
                                "/api/imports/**", "/api/ladders/**", "/api/objectives", "/api/objectives/**",
                                "/api/positions", "/api/positions/**", "/api/candidates/**", "/api/scenarios", "/api/scenarios/**")
                        .hasAnyRole(Role.ORG_EDITORS)
                        .requestMatchers(HttpMethod.PUT, "/api/people/*/succession", "/api/scenarios/*/changes/*").hasAnyRole(Role.ORG_EDITORS)
                        // Growth models: managers may run them (without cost); the roles that change the org save them.
                        .requestMatchers(HttpMethod.POST, "/api/growth-models/run").hasAnyRole("ADMIN", "HR", "DIRECTOR", "MANAGER")
                        .requestMatchers(HttpMethod.POST, "/api/growth-models").hasAnyRole(Role.ORG_EDITORS)
                        .requestMatchers(HttpMethod.DELETE, "/api/objectives/*/positions/*", "/api/scenarios/*/changes/*")
                        .hasAnyRole(Role.ORG_EDITORS)
                        // Promotions: HR decides and calibrates, directors recommend, managers nominate their own reports.
                        .requestMatchers(HttpMethod.POST, "/api/promotions/*/decide", "/api/calibrations").hasAnyRole("ADMIN", "HR")
                        // Retracting a recorded change keeps the records right: HR's and administrators' work (product.md §7.5).
                        .requestMatchers(HttpMethod.POST, "/api/corrections").hasAnyRole("ADMIN", "HR")
                        .requestMatchers(HttpMethod.POST, "/api/calibrations/*/recommendations").hasAnyRole(Role.ORG_EDITORS)
                        .requestMatchers(HttpMethod.POST, "/api/promotions", "/api/promotions/*/withdraw")
                        .hasAnyRole("ADMIN", "HR", "DIRECTOR", "MANAGER")
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> commonHeaders(headers)
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain site(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // Cadre's own stylesheets and icon under META-INF/resources: nothing to protect.
                        .requestMatchers("/styles/**", "/icons/**").permitAll())
                // Vaadin's client needs inline scripts and styles, so the policy here only keeps Cadre out of frames
                // and plug-ins and pins the base URL.
                .headers(headers -> commonHeaders(headers)
                        .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'; object-src 'none'; base-uri 'self'")))
                // Any other address goes to the UI once signed in, which answers an unknown one with its own
                // "No such page" (NoSuchPage) rather than a bare 403.
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /**
     * The headers both doors send besides Spring Security's defaults (no sniffing, no framing, no caching,
     * HSTS over HTTPS): no referrer outside Cadre, and no camera, microphone or location.
     */
    private static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"))
                .frameOptions(frame -> frame.deny());
    }
}
