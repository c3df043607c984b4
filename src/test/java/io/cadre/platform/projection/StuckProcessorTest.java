package io.cadre.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * No event is ever skipped: a handler that throws stops its processor at the event, which health and metrics show, a
 * command that its read models cannot include answers 503 instead of a 2xx nobody can read back, and once the cause is
 * gone the processor handles the event and the read model is whole.
 */
@IntegrationTest
@Import(PlantedProjections.class)
class StuckProcessorTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Serializer serializer;
    @Autowired
    MeterRegistry meters;
    @Autowired
    PlantedProjections.Failing planted;
    @Autowired
    ProcessorHealth health;

    @Test
    void aFailingHandlerStopsItsProcessorAtTheEventUntilTheCauseIsGone() {
        Api api = Api.asAdmin(port);
        String poison = "Poison " + UUID.randomUUID();
        planted.poison = poison;
        planted.failing = true;
        try {
            Api.Response answer = api.post("/api/teams", Map.of("name", poison));

            // The command is recorded, but its read models cannot include it: 503 with Retry-After, not a 2xx.
            JsonNode problem = answer.expectProblem(503).json();
            assertThat(answer.header("Retry-After")).isNotBlank();
            String team = problem.get("id").asString();
            long event = jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ?",
                    Long.class, team);

            // The token stays before the event, the health names it, the meters show it.
            assertThat(storedPosition()).isLessThan(event);
            Awaitility.await("health to report the stuck processor").atMost(Duration.ofSeconds(30))
                    .until(() -> "DOWN".equals(processorHealth(api).get("status").asString()));
            // Anyone sees the status; the details are for administrators (show-details: when-authorized).
            assertThat(processorHealth(Api.anonymous(port)).has("details")).isFalse();
            Map<String, Object> details = health.health(ReadModels.PROCESSOR).getDetails();
            assertThat(details.get("failingEvent")).isEqualTo(event);
            assertThat(details.get("eventType")).isEqualTo("TeamFormed");
            assertThat(details.get("aggregateId")).isEqualTo(team);
            assertThat((String) details.get("error")).contains("planted failure for " + poison);
            assertThat((Long) details.get("lag")).isPositive();
            assertThat(Api.anonymous(port).get("/actuator/health").status()).isEqualTo(503);
            assertThat(meter("cadre.processor.status")).isZero();
            assertThat(meter("cadre.processor.lag")).isPositive();
            assertThat(meters.get("cadre.processor.errors").tag("processor", ReadModels.PROCESSOR).functionCounter().count())
                    .isPositive();
            api.get("/api/teams/" + team).expect(404);
            assertThat(storedPosition()).isLessThan(event);

            // The cause is gone: the processor tries again (after its back-off), handles the event and moves on.
            planted.failing = false;
            Awaitility.await("the processor to handle the event").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                    .until(() -> "UP".equals(processorHealth(api).get("status").asString()));
            assertThat(storedPosition()).isGreaterThanOrEqualTo(event);
            assertThat(api.get("/api/teams/" + team).expect(200).json().get("name").asString()).isEqualTo(poison);
            assertThat(jdbc.queryForObject("select count(*) from planted_team where name = ?", Long.class, poison)).isOne();
            assertThat(meter("cadre.processor.status")).isOne();
            api.post("/api/teams", Map.of("name", "After " + poison)).expect(201);
        } finally {
            planted.failing = false;
        }
    }

    private JsonNode processorHealth(Api api) {
        return api.get("/actuator/health/processors/" + ReadModels.PROCESSOR).json();
    }

    private double meter(String name) {
        return meters.get(name).tag("processor", ReadModels.PROCESSOR).gauge().value();
    }

    private long storedPosition() {
        return jdbc.queryForObject("select token, token_type from token_entry where processor_name = ?", (rs, i) -> {
            if (rs.getBytes(1) == null) {
                return -1L;
            }
            TrackingToken token = serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(1), byte[].class,
                    rs.getString(2), null));
            return token.position().orElse(-1L);
        }, ReadModels.PROCESSOR);
    }
}
