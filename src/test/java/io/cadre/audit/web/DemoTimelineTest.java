package io.cadre.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cadre.support.Api;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The demo organisation's year of history (teams, people, ladders, objectives, users), told by the audit timeline: an
 * entry for every event, each described and naming its subject, on the demo's own database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cadre.demo=true")
@ActiveProfiles("test")
class DemoTimelineTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyEventOfTheDemoIsADescribedEntryNamingItsSubject() {
        await("the audit timeline to hold every event").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> count("select count(*) from audit_entry") == count("select count(*) from domain_event_entry"));
        assertThat(count("select count(*) from audit_entry")).isGreaterThan(300);
        assertThat(jdbc.queryForList("select type from audit_entry where subject_kind = 'EVENT'", String.class)).isEmpty();
        assertThat(jdbc.queryForList("select summary from audit_entry where summary like '%unknown (%'", String.class)).isEmpty();
        assertThat(jdbc.queryForList("select distinct type from audit_entry", String.class))
                .contains("TEAM_FORMED", "PERSON_HIRED", "PERSON_TRANSFERRED", "MANAGER_CHANGED", "LADDER_PUBLISHED",
                        "OBJECTIVE_WRITTEN", "CHECK_IN_RECORDED");
        List<String> transfers = jdbc.queryForList("select summary from audit_entry where type = 'PERSON_TRANSFERRED'", String.class);
        assertThat(transfers).isNotEmpty().allMatch(summary -> summary.matches(".+ moved from .+ to .+"));

        JsonNode page = Api.asAdmin(port).get("/api/audit?actor=demo&type=MANAGER_CHANGED&size=5").expect(200).json();
        assertThat(page.get("total").asInt()).isPositive();
        page.get("items").forEach(entry -> {
            assertThat(entry.get("summary").asString()).contains(" reports to ");
            assertThat(entry.get("reason").asString()).startsWith("Demo:");
        });
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
