package io.cadre.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.Api;
import io.cadre.support.EventLog;
import io.cadre.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What operators and integrators reach before they sign in (product.md §6): health and the OpenAPI
 * document are open, while the API refuses anyone unauthenticated with a problem+json 401.
 */
@IntegrationTest
class OperationalEndpointsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void healthAnswersWithoutCredentials() {
        Api.Response health = Api.anonymous(port).get("/actuator/health").expect(200);

        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentIsServedWithoutCredentials() {
        Api.Response docs = Api.anonymous(port).get("/v3/api-docs").expect(200);

        assertThat(docs.header("Content-Type")).startsWith("application/json");
        JsonNode document = docs.json();
        assertThat(document.get("openapi").asString()).isNotBlank();
        assertThat(document.get("paths").propertyNames()).contains("/api/teams", "/api/people", "/api/teams/{id}",
                "/api/people/{id}", "/api/org-chart", "/api/org-chart/export");
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/api/teams", "/api/people", "/api/org-chart", "/api/teams/00000000-0000-0000-0000-000000000000"})
    void theApiRefusesAnonymousCallsWith401(String path) {
        assertUnauthorized(Api.anonymous(port).get(path));
    }

    @Test
    void aWrongPasswordIsRefusedWith401() {
        assertUnauthorized(Api.as(port, "admin", "not-the-password").get("/api/people"));
        assertUnauthorized(Api.as(port, "nobody-" + UUID.randomUUID(), "test-admin").get("/api/people"));
    }

    @Test
    void anAnonymousCommandRecordsNothing() {
        long before = EventLog.size(jdbc);

        assertUnauthorized(Api.anonymous(port).post("/api/teams", Map.of("name", "Anonymous " + UUID.randomUUID())));
        assertUnauthorized(Api.as(port, "admin", "wrong").post("/api/teams", Map.of("name", "Guessing " + UUID.randomUUID())));

        // The wrong password is itself recorded (sign-in hardening); the command it carried is not.
        assertThat(jdbc.queryForList("select payload_type from domain_event_entry order by global_index desc limit ?",
                String.class, EventLog.size(jdbc) - before)).containsOnly("io.cadre.access.api.SignInFailed");
        assertThat(EventLog.size(jdbc)).isEqualTo(before + 1);
    }

    @Test
    void theApiIsStatelessAndSetsNoSessionCookie() {
        Api.Response response = Api.asAdmin(port).get("/api/people?size=1").expect(200);

        assertThat(response.header("Set-Cookie")).isNull();
    }

    @Test
    void anUnknownApiPathIsAProblemNotAPage() {
        Api.Response response = Api.asAdmin(port).get("/api/no-such-thing");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void metricsTakeApiCredentialsAnd401WithoutThem() {
        assertUnauthorized(Api.anonymous(port).get("/actuator/metrics"));
        assertUnauthorized(Api.anonymous(port).get("/actuator/prometheus"));
        Api.asAdmin(port).post("/api/teams", Map.of("name", "Metered " + UUID.randomUUID())).expect(201);

        JsonNode names = Api.asAdmin(port).get("/actuator/metrics").expect(200).json().get("names");
        assertThat(names.toString()).contains("cadre.processor.lag", "cadre.imports.running", "commandBus.successCounter");
        Api.Response prometheus = Api.asAdmin(port).get("/actuator/prometheus").expect(200);
        assertThat(prometheus.header("Content-Type")).startsWith("text/plain");
        assertThat(prometheus.body()).contains("cadre_processor_lag", "cadre_imports_running", "commandBus_successCounter",
                "commandBus_successTimer");
        // Axon's capacity monitor, which keeps every message of the last ten minutes in memory, is not installed.
        assertThat(names.toString()).doesNotContain("commandBus.capacity", "read-models.capacity", "reports.capacity");
        assertThat(prometheus.body()).doesNotContainPattern("(?m)^\\w+_capacity[ {]");
        // Requests are timed; Spring Security's observations of each filter, authentication and authorization (a dozen
        // observations a request, a tenth of a command's CPU on its request thread) are not taken.
        assertThat(names.toString()).contains("http.server.requests").doesNotContain("spring.security.");
    }

    private static void assertUnauthorized(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).isNotBlank();
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
    }
}
