package io.cadre.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A rebuild that meets an event no projection can handle leaves every read model as it was, and its answer names the
 * event: here a hire whose title is a lone UTF-16 surrogate, which the history's JSON column refuses.
 */
@IntegrationTest
@Import(PlantedProjections.class)
// A context of its own: the poisoned event stays in its event store (Axon's embedded store keeps recent events in memory,
// so deleting the row would not take it away from the processor).
@TestPropertySource(properties = "cadre.test.context=failed-rebuild")
class FailedRebuildTest {

    private static final List<String> READ_MODELS = List.of("chart_change", "chart_person_state", "chart_team_state",
            "chart_subject", "history_entry", "ladder_view", "ladder_version", "level_step", "planted_team", "planted_count");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessorStatus status;

    @Test
    void aFailedRebuildLeavesTheReadModelsAsTheyWereAndNamesTheEvent() {
        Api api = Api.asAdmin(port);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID team = api.formTeam("Intact " + tag, null, LocalDate.of(2024, 1, 1));
        UUID person = api.hire("Model " + tag, team, null, LocalDate.of(2024, 2, 1));
        api.post("/api/people/" + person + "/title", Map.of("title", "Staff " + tag, "effectiveDate", "2024-06-01")).expect(200);
        // The derived group follows on its own: the reference is taken once every group holds every event.
        long head = status.head();
        Awaitility.await("every group to catch up").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> status.processors().keySet().stream().allMatch(group -> status.position(group).orElse(-1) >= head));
        Map<String, List<String>> before = dump();
        assertThat(before.get("chart_subject")).anyMatch(row -> row.contains(person.toString()));

        // Straight into the event store, past the API: a copy of the hire with another person and a lone surrogate.
        UUID poisoned = UUID.randomUUID();
        long event = plantPoisonedHire(person, poisoned);
        Api.Response answer = api.postRaw("/api/admin/projections/rebuild", null, "");

        JsonNode problem = answer.expectProblem(409).json();
        assertThat(problem.get("event").get("globalIndex").asLong()).isEqualTo(event);
        assertThat(problem.get("event").get("type").asString()).isEqualTo("PersonHired");
        assertThat(problem.get("event").get("aggregateId").asString()).isEqualTo(poisoned.toString());
        assertThat(problem.get("event").get("error").asString()).contains("json");
        assertThat(problem.get("detail").asString()).contains("event " + event);
        assertThat(dump()).isEqualTo(before);
        assertThat(jdbc.queryForList("select nspname from pg_namespace where nspname in ('cadre_rebuild', 'cadre_replaced')", String.class))
                .as("schemas the rebuild left").isEmpty();
        assertThat(api.get("/api/people/" + person).expect(200).json().get("title").asString()).isEqualTo("Staff " + tag);
        // The live processor stays stuck on the event, visibly, as it was before the rebuild.
        Awaitility.await("the stuck processor to show").atMost(Duration.ofSeconds(30))
                .until(() -> status.failing(ReadModels.PROCESSOR).map(FailedEvent::globalIndex).orElse(-1L) == event);
    }

    private long plantPoisonedHire(UUID person, UUID poisoned) {
        Map<String, Object> hire = jdbc.queryForMap("select global_index, payload from domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = 0", person.toString());
        String payload = new String((byte[]) hire.get("payload"), StandardCharsets.UTF_8)
                .replace(person.toString(), poisoned.toString())
                .replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"\\\\ud800\"");
        assertThat(payload).contains("\"title\":\"\\ud800\"");
        jdbc.update("""
                insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                    payload_type, payload_revision, payload, meta_data)
                select ?, ?, 0, type, time_stamp, payload_type, payload_revision, ?, meta_data
                from domain_event_entry where global_index = ?""",
                UUID.randomUUID().toString(), poisoned.toString(), payload.getBytes(StandardCharsets.UTF_8), hire.get("global_index"));
        return jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ?", Long.class,
                poisoned.toString());
    }

    private Map<String, List<String>> dump() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : READ_MODELS) {
            rows.put(table, jdbc.queryForList("select cast(t as text) from " + table + " t order by 1", String.class));
        }
        return rows;
    }
}
