package io.cadre.org.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event whose transaction commits after a later one's is handled as the filling of a gap, with a token at the
 * later position. The history and level rows must still carry the event's own position, as a rebuild gives them:
 * otherwise a live run and a rebuild order the same history differently.
 */
@IntegrationTest
class GapFillingPositionTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void anEventThatFillsAGapKeepsItsOwnPositionInTheHistory() throws Exception {
        Api api = Api.asAdmin(port);
        UUID team = api.formTeam("Gap " + UUID.randomUUID(), null, LocalDate.of(2024, 1, 1));
        UUID slow = api.hire("Slow Writer", team, null, LocalDate.of(2024, 1, 1));
        UUID fast = api.hire("Fast Writer", team, null, LocalDate.of(2024, 1, 1));
        api.post("/api/people/" + slow + "/title", Api.body("title", "Engineer", "reason", "First")).expect(200);
        String lateEvent = UUID.randomUUID().toString();

        long latePosition;
        try (Connection held = dataSource.getConnection()) {
            held.setAutoCommit(false);
            // The slow writer's title change, stored again as its next event, in a transaction that stays open.
            try (PreparedStatement insert = held.prepareStatement("insert into domain_event_entry (aggregate_identifier,"
                    + " sequence_number, type, event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)"
                    + " select aggregate_identifier, sequence_number + 1, type, ?, meta_data, payload, payload_revision,"
                    + " payload_type, time_stamp from domain_event_entry where aggregate_identifier = ?"
                    + " order by sequence_number desc limit 1 returning global_index")) {
                insert.setString(1, lateEvent);
                insert.setString(2, slow.toString());
                try (ResultSet inserted = insert.executeQuery()) {
                    assertThat(inserted.next()).isTrue();
                    latePosition = inserted.getLong(1);
                }
            }
            // A later position commits first and is handled, leaving a gap where the open transaction's event sits.
            api.post("/api/people/" + fast + "/title", Api.body("title", "Engineer", "reason", "Meanwhile")).expect(200);
            held.commit();
        }

        Awaitility.await("the late event in the history").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.queryForObject("select count(*) from history_entry where event_id = ?", Long.class, lateEvent) == 1);
        assertThat(jdbc.queryForObject("select position from history_entry where event_id = ?", Long.class, lateEvent))
                .isEqualTo(latePosition);
        assertThat(jdbc.queryForObject("select count(*) from history_entry h join domain_event_entry e"
                + " on e.event_identifier = h.event_id where h.position <> e.global_index", Long.class)).isZero();
    }
}
