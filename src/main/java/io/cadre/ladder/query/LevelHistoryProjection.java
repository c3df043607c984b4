package io.cadre.ladder.query;

import io.cadre.org.api.LevelChanged;
import io.cadre.org.api.PersonHired;
import io.cadre.platform.axon.CommandContext;
import io.cadre.platform.axon.ReadModelChanges;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps every level each person was given, from when, and the ladder version it was judged against. */
@Component
@ProcessingGroup(LevelHistoryProjection.GROUP)
class LevelHistoryProjection {

    static final String GROUP = "level-history";

    private final JdbcTemplate jdbc;
    private final ReadModelChanges changes;

    LevelHistoryProjection(JdbcTemplate jdbc, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @EventHandler
    void on(PersonHired event, EventMessage<?> message, TrackingToken token) {
        if (event.level() != null) {
            step(message, token, event.personId(), event.effectiveDate(), event.level(), "HIRE", event.ladderVersion());
        }
    }

    @EventHandler
    void on(LevelChanged event, EventMessage<?> message, TrackingToken token) {
        step(message, token, event.personId(), event.effectiveDate(), event.level(), event.kind().name(), event.ladderVersion());
    }

    private void step(EventMessage<?> message, TrackingToken token, UUID personId, LocalDate effectiveDate, String level,
                      String kind, Integer ladderVersion) {
        jdbc.update("""
                insert into level_step (event_id, position, person_id, effective_date, level, kind, ladder_version, recorded_at, actor, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing
                """, message.getIdentifier(), token.position().orElse(0), personId, Date.valueOf(effectiveDate), level, kind,
                ladderVersion, Timestamp.from(message.getTimestamp()), message.getMetaData().get(CommandContext.ACTOR),
                message.getMetaData().get(CommandContext.REASON));
        changes.announceAfterCommit();
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate level_step");
    }
}
