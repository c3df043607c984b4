package io.cadre.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Counts what the event store holds, to show that a refused call recorded nothing. */
public final class EventLog {

    private EventLog() {
    }

    public static long size(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }
}
