package io.cadre.org.query;

import io.cadre.org.api.FindRecordedChange;
import io.cadre.org.api.RecordedChange;
import io.cadre.shared.NotFound;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds a stored event by its id in the event store itself, which every change reaches before any read model. */
@Component
class StoredEvents {

    private final JdbcTemplate jdbc;

    StoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    RecordedChange handle(FindRecordedChange query) {
        return jdbc.query("select type, aggregate_identifier, payload_type from domain_event_entry where event_identifier = ?",
                (rs, i) -> new RecordedChange(query.eventId(), rs.getString(1), aggregateId(rs.getString(1), rs.getString(2)),
                        rs.getString(3).substring(rs.getString(3).lastIndexOf('.') + 1)), query.eventId().toString())
                .stream().findFirst().orElseThrow(() -> new NotFound("No recorded change with event id " + query.eventId()));
    }

    private static UUID aggregateId(String type, String id) {
        try {
            return type == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
