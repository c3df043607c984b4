package io.cadre.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The database Cadre runs on refuses, to Cadre's own connections, to update, delete or truncate a stored event. */
@IntegrationTest
@TestPropertySource(properties = "cadre.test.context=audit")
class EventsAreNeverRewrittenTest {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    @Test
    void storedEventsCannotBeUpdatedDeletedOrTruncated() {
        Api.asAdmin(port).formTeam("Kept forever", null, LocalDate.of(2025, 1, 1));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        String payload = jdbc.queryForObject("select encode(payload, 'escape') from domain_event_entry order by global_index desc limit 1",
                String.class);
        assertThat(events).isPositive();

        assertThatThrownBy(() -> jdbc.update("update domain_event_entry set payload = convert_to('{}', 'UTF8')"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("never rewritten");
        assertThatThrownBy(() -> jdbc.update("delete from domain_event_entry where global_index = (select max(global_index) from domain_event_entry)"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("never rewritten");
        assertThatThrownBy(() -> jdbc.execute("truncate domain_event_entry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("never rewritten");

        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isGreaterThanOrEqualTo(events);
        assertThat(jdbc.queryForObject("select encode(payload, 'escape') from domain_event_entry order by global_index desc limit 1",
                String.class)).isNotNull();
        assertThat(payload).contains("Kept forever");
    }
}
