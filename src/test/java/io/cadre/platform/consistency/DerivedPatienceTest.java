package io.cadre.platform.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A derived group (here the audit timeline) lets a burst of commands gather and writes them in few transactions, while
 * the read models a command's answer waits for take each command as it commits.
 */
@IntegrationTest
class DerivedPatienceTest {

    private static final int CLIENTS = 6;
    private static final int EACH = 6;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAuditTimelineWritesABurstOfCommandsInFewerTransactionsThanTheReadModels() throws Exception {
        Api api = Api.asAdmin(port);
        UUID team = api.formTeam("Patience " + UUID.randomUUID(), null, LocalDate.of(2024, 1, 1));
        List<UUID> people = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            people.add(api.hire("Pat Ience " + c, team, null, LocalDate.of(2024, 1, 1)));
        }
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> sent = new ArrayList<>();
            for (UUID person : people) {
                sent.add(clients.submit(() -> {
                    for (int i = 1; i <= EACH; i++) {
                        api.post("/api/people/" + person + "/title", Map.of("title", "Title " + i, "reason", "A burst")).expect(200);
                    }
                }));
            }
            for (Future<?> client : sent) {
                client.get();
            }
        }
        String[] events = jdbc.queryForList("select event_identifier from domain_event_entry where aggregate_identifier = any(?)"
                + " and sequence_number > 0", String.class, (Object) people.stream().map(UUID::toString).toArray(String[]::new))
                .toArray(String[]::new);
        assertThat(events).hasSize(CLIENTS * EACH);

        await("the audit timeline to hold the burst").atMost(Duration.ofSeconds(30))
                .until(() -> transactionsWriting("audit_entry", events).rows() == events.length);

        Written readModels = transactionsWriting("history_entry", events);
        Written audit = transactionsWriting("audit_entry", events);
        assertThat(readModels.rows()).isEqualTo(events.length);
        // The read models took each commit as it came, since every command's answer waited for them; the audit timeline
        // gathered what came in during its patience (100 ms) and wrote it at once.
        assertThat(audit.transactions() * 2).as("audit transactions %s, read-model transactions %s", audit.transactions(),
                readModels.transactions()).isLessThanOrEqualTo(readModels.transactions());
    }

    private record Written(long rows, long transactions) {
    }

    private Written transactionsWriting(String table, String[] events) {
        return jdbc.query("select count(*), count(distinct xmin::text) from " + table + " where event_id::text = any(?)",
                rs -> {
                    rs.next();
                    return new Written(rs.getLong(1), rs.getLong(2));
                }, (Object) events);
    }
}
