package io.cadre.ladder.query;

import io.cadre.org.api.ChangeRetracted;
import io.cadre.org.api.LevelChanged;
import io.cadre.org.api.PersonHired;
import io.cadre.platform.gateway.CommandContext;
import io.cadre.platform.projection.EventPositions;
import io.cadre.platform.projection.ProjectionBatch;
import io.cadre.platform.projection.ReadModelTables;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.projection.ReadModels;
import io.cadre.platform.persistence.BulkInsert;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps every level each person was given, from when, and the ladder version it was judged against. */
@Component
@ProcessingGroup(ReadModels.PROCESSOR)
@ReadModelTables(value = "level_step", indexedAfterReplay = "level_step")
class LevelHistoryProjection {

    private static final String BATCH = "level-history";
    private static final Set<String> RETRACTABLE = Set.of(PersonHired.class.getSimpleName(), LevelChanged.class.getSimpleName());
    private static final List<String> TYPES = List.of("text", BulkInsert.EVENT_POSITION, "uuid", "date", "text", "text", "integer", "timestamptz",
            "text", "text");

    private final JdbcTemplate jdbc;
    private final ReadModelChanges changes;

    LevelHistoryProjection(JdbcTemplate jdbc, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @EventHandler
    void on(PersonHired event, EventMessage<?> message) {
        if (event.level() != null) {
            step(message, event.personId(), event.effectiveDate(), event.level(), "HIRE", event.ladderVersion());
        }
    }

    @EventHandler
    void on(LevelChanged event, EventMessage<?> message) {
        step(message, event.personId(), event.effectiveDate(), event.level(), event.kind().name(), event.ladderVersion());
    }

    private void step(EventMessage<?> message, UUID personId, LocalDate effectiveDate, String level,
                      String kind, Integer ladderVersion) {
        Object[] row = {message.getIdentifier(), EventPositions.of(message), personId, effectiveDate, level, kind, ladderVersion,
                message.getTimestamp(), message.getMetaData().get(CommandContext.ACTOR),
                message.getMetaData().get(CommandContext.REASON)};
        ProjectionBatch.add(BATCH, (Object) row, this::write);
        changes.announceAfterCommit();
    }

    /** A retracted hire or level change leaves the person's levels, as if it had never been made. */
    @EventHandler
    void on(ChangeRetracted event) {
        if (RETRACTABLE.contains(event.retractedType())) {
            ProjectionBatch.add(BATCH, (Object) new Retracted(event.retractedEventId().toString()), this::write);
            changes.announceAfterCommit();
        }
    }

    private record Retracted(String eventId) {
    }

    /** Writes a batch's steps in order: a retraction removes a step written before it, in this batch or an earlier one. */
    private void write(List<Object> items) {
        List<Object[]> rows = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Retracted retracted) {
                insert(rows);
                rows.clear();
                jdbc.update("delete from level_step where event_id = ?", retracted.eventId());
            } else {
                rows.add((Object[]) item);
            }
        }
        insert(rows);
    }

    private void insert(List<Object[]> rows) {
        BulkInsert.into(jdbc, "level_step (event_id, position, person_id, effective_date, level, kind, ladder_version,"
                + " recorded_at, actor, reason)", TYPES, rows, " on conflict (event_id) do nothing");
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate level_step");
    }
}
