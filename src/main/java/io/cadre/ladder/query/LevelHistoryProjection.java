package io.cadre.ladder.query;

import io.cadre.org.api.LevelChanged;
import io.cadre.org.api.PersonHired;
import io.cadre.platform.axon.CommandContext;
import io.cadre.platform.axon.ProjectionBatch;
import io.cadre.platform.axon.ReadModelChanges;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps every level each person was given, from when, and the ladder version it was judged against. The steps of a
 * whole batch of events are inserted by one statement, before the batch commits with its token.
 */
@Component
@ProcessingGroup(LevelHistoryProjection.GROUP)
class LevelHistoryProjection {

    static final String GROUP = "level-history";
    private static final String[] TYPES = {"text", "bigint", "uuid", "date", "text", "text", "integer", "timestamptz", "text", "text"};

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
        // The instant rounded to PostgreSQL's microseconds as the JDBC driver rounds a timestamp.
        String recordedAt = message.getTimestamp().plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
        String[] row = {message.getIdentifier(), Long.toString(token.position().orElse(0)), personId.toString(),
                effectiveDate.toString(), level, kind, ladderVersion == null ? null : ladderVersion.toString(), recordedAt,
                Objects.toString(message.getMetaData().get(CommandContext.ACTOR), null),
                Objects.toString(message.getMetaData().get(CommandContext.REASON), null)};
        ProjectionBatch.add(GROUP, row, this::write);
        changes.announceAfterCommit();
    }

    private void write(List<String[]> rows) {
        StringBuilder columns = new StringBuilder();
        for (int c = 0; c < TYPES.length; c++) {
            columns.append(c == 0 ? "" : ", ").append("cast(c").append(c).append(" as ").append(TYPES[c]).append(')');
        }
        String sql = "insert into level_step (event_id, position, person_id, effective_date, level, kind, ladder_version,"
                + " recorded_at, actor, reason) select " + columns + " from unnest(" + "cast(? as text[]), ".repeat(TYPES.length - 1)
                + "cast(? as text[])) as r(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9) on conflict (event_id) do nothing";
        jdbc.update(con -> {
            var statement = con.prepareStatement(sql);
            for (int c = 0; c < TYPES.length; c++) {
                String[] values = new String[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    values[r] = rows.get(r)[c];
                }
                statement.setArray(c + 1, con.createArrayOf("text", values));
            }
            return statement;
        });
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate level_step");
    }
}
