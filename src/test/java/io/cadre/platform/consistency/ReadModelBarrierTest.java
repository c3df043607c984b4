package io.cadre.platform.consistency;

import io.cadre.platform.gateway.Commands;
import io.cadre.platform.projection.ReadModels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadre.org.api.FormTeam;
import io.cadre.org.api.TeamKind;
import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Read-your-writes holds for processors this node runs, and for those whose segments are held elsewhere. */
@IntegrationTest
class ReadModelBarrierTest {

    @LocalServerPort
    int port;
    @Autowired
    ReadModelBarrier barrier;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Commands commands;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aCommandsAnswerComesOnceTheReadModelsShowIt() {
        Api api = Api.asAdmin(port);
        UUID team = api.formTeam("Barrier " + UUID.randomUUID(), null, LocalDate.of(2024, 1, 1));
        api.post("/api/teams/" + team + "/rename", java.util.Map.of("name", "Renamed " + team)).expect(200);
        assertThat(api.get("/api/teams/" + team).json().get("name").asString()).isEqualTo("Renamed " + team);
        assertThat(api.get("/api/teams/" + team + "/history").json().size()).isEqualTo(2);
    }

    @Test
    void aProcessorRunningElsewhereIsJudgedByItsStoredTokens() {
        StreamingEventProcessor history = processing.eventProcessor(ReadModels.PROCESSOR, StreamingEventProcessor.class).orElseThrow();
        Api.asAdmin(port).formTeam("Before " + UUID.randomUUID(), null, LocalDate.of(2024, 1, 1));
        long handled = head();
        assertThat(barrier.awaitPosition(handled, Duration.ofSeconds(10))).isTrue();
        history.shutDown();
        try {
            assertThat(history.processingStatus()).isEmpty();
            assertThat(barrier.awaitPosition(handled, Duration.ofSeconds(2))).isTrue();
            UUID team = UUID.randomUUID();
            commands.sendWithoutWaiting(new FormTeam(team, "While stopped " + team, TeamKind.TEAM, null, null,
                    LocalDate.of(2024, 1, 1)), team, null);
            assertThat(barrier.awaitPosition(head(), Duration.ofMillis(300))).isFalse();
        } finally {
            history.start();
        }
        assertThat(barrier.awaitPosition(head(), Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void anEventRolledBackAfterItWasAppendedHoldsNoLaterCommandBack() {
        UUID rolledBack = UUID.randomUUID();
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            commands.sendWithoutWaiting(new FormTeam(rolledBack, "Rolled back " + rolledBack, TeamKind.TEAM, null, null,
                    LocalDate.of(2024, 1, 1)), rolledBack, null);
            throw new IllegalStateException("the transaction that appended the event is rolled back");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class,
                rolledBack.toString())).isZero();

        // The rolled-back event's position stays empty for good: a gap in the tokens until Axon's gap timeout.
        UUID team = UUID.randomUUID();
        commands.sendWithoutWaiting(new FormTeam(team, "After the gap " + team, TeamKind.TEAM, null, null,
                LocalDate.of(2024, 1, 1)), team, null);
        assertThat(barrier.awaitPosition(head(), Duration.ofSeconds(20))).isTrue();
        assertThat(Api.asAdmin(port).get("/api/teams/" + team).expect(200).json().get("name").asString())
                .isEqualTo("After the gap " + team);
    }

    private long head() {
        return jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
    }
}
