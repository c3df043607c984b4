package io.cadre.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A derived read model in a group of its own gets a pooled streaming processor, holds no command back, and is rebuilt
 * alone.
 */
@IntegrationTest
@Import(PlantedProjections.class)
class ProcessingGroupsTest {

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessorStatus status;

    /** Another test of this context may have left the live read models catching up after a planted failure. */
    @BeforeEach
    void liveReadModelsMoveOn() {
        long head = status.head();
        Awaitility.await("the live read models to catch up").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> status.failing(ReadModels.PROCESSOR).isEmpty()
                        && status.position(ReadModels.PROCESSOR).orElse(-1) >= head);
    }

    @Test
    void aDerivedGroupRunsInItsOwnPooledProcessor() {
        assertThat(processing.eventProcessors()).containsOnlyKeys(ReadModels.PROCESSOR, PlantedProjections.DERIVED, "hiring", "audit", "reports");
        assertThat(processing.eventProcessors().values()).allMatch(p -> p instanceof PooledStreamingEventProcessor);
        assertThat(ReadModels.READ_YOUR_WRITES).containsExactly(ReadModels.PROCESSOR);
    }

    @Test
    void noCommandWaitsForADerivedGroup() {
        StreamingEventProcessor derived = processing.eventProcessor(PlantedProjections.DERIVED, StreamingEventProcessor.class)
                .orElseThrow();
        Api api = Api.asAdmin(port);
        derived.shutDown();
        UUID team;
        try {
            long started = System.nanoTime();
            team = api.post("/api/teams", Map.of("name", "Unwaited " + UUID.randomUUID())).expect(201).id();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(count(team)).isZero();
        } finally {
            derived.start();
        }
        Awaitility.await("the derived read model to catch up").atMost(Duration.ofSeconds(30)).until(() -> count(team) == 1);
    }

    @Test
    void aGroupIsRebuiltAlone() {
        Api api = Api.asAdmin(port);
        UUID team = api.post("/api/teams", Map.of("name", "Counted " + UUID.randomUUID())).expect(201).id();
        Awaitility.await("the derived read model to catch up").atMost(Duration.ofSeconds(30)).until(() -> count(team) == 1);
        jdbc.update("delete from planted_count where team_id = ?", team);
        // A mark that a rebuild of the live read models would wipe out.
        assertThat(jdbc.update("update history_entry set reason = 'marked' where subject_id = ?", team)).isOne();

        JsonNode answer = api.postRaw("/api/admin/projections/rebuild?group=" + PlantedProjections.DERIVED, null, "")
                .expect(200).json();

        List<String> rebuilt = new ArrayList<>();
        answer.get("rebuilt").forEach(name -> rebuilt.add(name.asString()));
        assertThat(rebuilt).containsExactly(PlantedProjections.DERIVED);
        assertThat(count(team)).isOne();
        assertThat(jdbc.queryForObject("select reason from history_entry where subject_id = ?", String.class, team))
                .isEqualTo("marked");
        api.postRaw("/api/admin/projections/rebuild?group=no-such-group", null, "").expectProblem(404);
    }

    private long count(UUID team) {
        return jdbc.queryForObject("select count(*) from planted_count where team_id = ?", Long.class, team);
    }
}
