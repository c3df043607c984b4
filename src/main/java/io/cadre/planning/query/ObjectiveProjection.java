package io.cadre.planning.query;

import io.cadre.platform.projection.EventPositions;
import io.cadre.platform.projection.ReadModelTables;
import io.cadre.planning.api.CheckInRecorded;
import io.cadre.planning.api.KeyResult;
import io.cadre.planning.api.KeyResultAdded;
import io.cadre.planning.api.KeyResultRevised;
import io.cadre.planning.api.NeededPositionAdded;
import io.cadre.planning.api.NeededPositionRemoved;
import io.cadre.planning.api.ObjectiveAligned;
import io.cadre.planning.api.ObjectiveEvent;
import io.cadre.planning.api.ObjectiveStatus;
import io.cadre.planning.api.ObjectiveStatusChanged;
import io.cadre.planning.api.ObjectiveWritten;
import io.cadre.planning.api.Period;
import io.cadre.platform.gateway.CommandContext;
import io.cadre.platform.projection.ProjectionBatch;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.projection.ReadModels;
import io.cadre.platform.projection.RecordTime;
import io.cadre.platform.persistence.BulkInsert;
import java.util.List;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps every objective's fixed facts and every change to it as a dated row with who, when and why, which the queries
 * fold into the objective as of any date. The rows of a whole batch of events are written by one statement per table.
 */
@Component
@ReadModelTables({"objective", "objective_change"})
@ProcessingGroup(ReadModels.PROCESSOR)
class ObjectiveProjection {

    private static final List<String> OBJECTIVE_TYPES = List.of("uuid", "uuid", "text", "date", "date", "uuid", "date");
    private static final List<String> CHANGE_TYPES = List.of("uuid", "bigint", "integer", BulkInsert.EVENT_POSITION, "date", "text", "uuid", "text",
            "text", "text", "numeric", "numeric", "numeric", "text", "text", "text", "uuid", "timestamptz", "text", "text");

    private final JdbcTemplate jdbc;
    private final ReadModelChanges changes;

    ObjectiveProjection(JdbcTemplate jdbc, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @EventHandler
    void on(ObjectiveEvent event, EventMessage<?> message, @SequenceNumber long seq) {
        Row row = new Row(event, message, seq);
        switch (event) {
            case ObjectiveWritten written -> {
                Period period = Period.parse("period", written.period());
                ProjectionBatch.add("objective", new Object[] {written.objectiveId(), written.teamId(), written.period(),
                        period.start(), period.end(), written.carriedFrom(), written.effectiveDate()}, this::writeObjectives);
                row.add(0, null, written.title(), written.description(), null, null, null, null, null, null,
                        ObjectiveStatus.DRAFT.name(), written.parentId());
                for (int i = 0; i < written.keyResults().size(); i++) {
                    row.keyResult(i + 1, "KeyResultWritten", written.keyResults().get(i));
                }
            }
            case ObjectiveStatusChanged changed -> row.add(0, null, null, null, null, null, null, null, null, null, changed.to().name(), null);
            case ObjectiveAligned aligned -> row.add(0, null, null, null, null, null, null, null, null, null, null, aligned.parentId());
            case KeyResultAdded added -> row.keyResult(0, null, added.keyResult());
            case KeyResultRevised revised -> row.keyResult(0, null, revised.keyResult());
            case CheckInRecorded checkIn -> row.add(0, checkIn.keyResultId(), null, null, null, null, null, checkIn.value(),
                    checkIn.confidence().name(), checkIn.note(), null, null);
            // A needed position's id travels in the row's item id column, which holds a key result's id for their changes.
            case NeededPositionAdded added -> row.add(0, added.positionId(), null, null, null, null, null, null, null, null, null, null);
            case NeededPositionRemoved removed -> row.add(0, removed.positionId(), null, null, null, null, null, null, null, null, null,
                    null);
            default -> throw new IllegalStateException("Unknown objective event " + event.getClass());
        }
        changes.announceAfterCommit();
    }

    /** The change rows of one event, sharing its objective, number, position, date, type, time, actor and reason. */
    private final class Row {
        private final ObjectiveEvent event;
        private final EventMessage<?> message;
        private final long seq;

        Row(ObjectiveEvent event, EventMessage<?> message, long seq) {
            this.event = event;
            this.message = message;
            this.seq = seq;
        }

        void keyResult(int item, String type, KeyResult keyResult) {
            addTyped(item, type, keyResult.keyResultId(), keyResult.title(), null, keyResult.unit(), keyResult.start(),
                    keyResult.target(), null, null, null, null, null);
        }

        void add(int item, Object keyResultId, Object title, Object description, Object unit, Object start, Object target,
                 Object value, Object confidence, Object note, Object status, Object parentId) {
            addTyped(item, null, keyResultId, title, description, unit, start, target, value, confidence, note, status, parentId);
        }

        private void addTyped(int item, String type, Object keyResultId, Object title, Object description, Object unit,
                              Object start, Object target, Object value, Object confidence, Object note, Object status,
                              Object parentId) {
            String recordedAt = RecordTime.of(message.getTimestamp()).toString();
            Object[] row = {event.objectiveId(), seq, item, EventPositions.of(message), event.effectiveDate(),
                    type != null ? type : event.getClass().getSimpleName(), keyResultId, title, description, unit,
                    start == null ? null : ((java.math.BigDecimal) start).toPlainString(),
                    target == null ? null : ((java.math.BigDecimal) target).toPlainString(),
                    value == null ? null : ((java.math.BigDecimal) value).toPlainString(), confidence, note, status, parentId,
                    recordedAt, Objects.toString(message.getMetaData().get(CommandContext.ACTOR), null),
                    Objects.toString(message.getMetaData().get(CommandContext.REASON), null)};
            ProjectionBatch.add("objective-change", row, ObjectiveProjection.this::writeChanges);
        }
    }

    private void writeObjectives(List<Object[]> rows) {
        BulkInsert.into(jdbc, "objective (id, team_id, period, period_start, period_end, carried_from, written_on)", OBJECTIVE_TYPES,
                rows, " on conflict (id) do nothing");
    }

    private void writeChanges(List<Object[]> rows) {
        BulkInsert.into(jdbc, "objective_change (objective_id, seq, item, position, effective_date, type, key_result_id, title,"
                + " description, unit, start_value, target_value, value, confidence, note, status, parent_id, recorded_at, actor,"
                + " reason)", CHANGE_TYPES, rows, " on conflict do nothing");
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate objective, objective_change");
    }
}
