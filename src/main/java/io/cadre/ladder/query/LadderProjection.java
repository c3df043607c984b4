package io.cadre.ladder.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderCreated;
import io.cadre.ladder.api.LadderDraftSaved;
import io.cadre.ladder.api.LadderPublished;
import io.cadre.platform.gateway.CommandContext;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.projection.ReadModels;
import java.sql.Timestamp;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps every ladder with its draft and each published version, stored as the content itself. */
@Component
@ProcessingGroup(ReadModels.PROCESSOR)
class LadderProjection {


    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ReadModelChanges changes;

    LadderProjection(JdbcTemplate jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper json, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.json = json;
        this.changes = changes;
    }

    @EventHandler
    void on(LadderCreated event, EventMessage<?> message, @SequenceNumber long seq) throws JsonProcessingException {
        jdbc.update("""
                insert into ladder_view (id, code, name, draft, draft_pending, latest_version, version, updated_at)
                values (?, ?, ?, cast(? as jsonb), true, null, ?, ?)
                """, event.ladderId(), event.draft().code(), event.draft().name(), json.writeValueAsString(event.draft()),
                seq, Timestamp.from(message.getTimestamp()));
        changes.announceAfterCommit();
    }

    @EventHandler
    void on(LadderDraftSaved event, EventMessage<?> message, @SequenceNumber long seq) throws JsonProcessingException {
        LadderContent published = latestPublished(event.ladderId());
        jdbc.update("update ladder_view set name = ?, draft = cast(? as jsonb), draft_pending = ?, version = ?, updated_at = ? where id = ?",
                event.draft().name(), json.writeValueAsString(event.draft()), !event.draft().equals(published), seq,
                Timestamp.from(message.getTimestamp()), event.ladderId());
        changes.announceAfterCommit();
    }

    @EventHandler
    void on(LadderPublished event, EventMessage<?> message, @SequenceNumber long seq) throws JsonProcessingException {
        jdbc.update("""
                insert into ladder_version (ladder_id, version, content, published_at, published_by, reason)
                values (?, ?, cast(? as jsonb), ?, ?, ?) on conflict do nothing
                """, event.ladderId(), event.version(), json.writeValueAsString(event.content()),
                Timestamp.from(message.getTimestamp()), message.getMetaData().get(CommandContext.ACTOR),
                message.getMetaData().get(CommandContext.REASON));
        jdbc.update("update ladder_view set name = ?, latest_version = ?, draft_pending = false, version = ?, updated_at = ? where id = ?",
                event.content().name(), event.version(), seq, Timestamp.from(message.getTimestamp()), event.ladderId());
        changes.announceAfterCommit();
    }

    private LadderContent latestPublished(java.util.UUID ladderId) {
        List<String> found = jdbc.queryForList(
                "select content::text from ladder_version where ladder_id = ? order by version desc limit 1", String.class, ladderId);
        try {
            return found.isEmpty() ? null : json.readValue(found.getFirst(), LadderContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable ladder version of " + ladderId, e);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate ladder_view, ladder_version");
    }
}
