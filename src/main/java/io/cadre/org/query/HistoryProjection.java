package io.cadre.org.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cadre.org.api.OrgEvent;
import io.cadre.platform.axon.CommandContext;
import io.cadre.platform.axon.ReadModelChanges;
import java.sql.Date;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps each team's and person's full history: every change with who, when, from when and why. */
@Component
@ProcessingGroup(HistoryProjection.GROUP)
class HistoryProjection {

    static final String GROUP = "org-history";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ReadModelChanges changes;

    HistoryProjection(JdbcTemplate jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper json, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.json = json;
        this.changes = changes;
    }

    @EventHandler
    void on(OrgEvent event, EventMessage<?> message, TrackingToken token) throws JsonProcessingException {
        jdbc.update("""
                insert into history_entry (event_id, position, subject_id, recorded_at, effective_date, type, actor, reason, details)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb)) on conflict (event_id) do nothing
                """,
                message.getIdentifier(), token.position().orElse(0), event.subjectId(),
                Timestamp.from(message.getTimestamp()), Date.valueOf(event.effectiveDate()),
                event.getClass().getSimpleName(), message.getMetaData().get(CommandContext.ACTOR),
                message.getMetaData().get(CommandContext.REASON), json.writeValueAsString(event));
        changes.announceAfterCommit();
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate history_entry");
    }
}
