package io.cadre.pipeline.query;

import io.cadre.platform.projection.ReadModelTables;
import io.cadre.pipeline.api.PositionApproved;
import io.cadre.pipeline.api.PositionCancelled;
import io.cadre.pipeline.api.PositionEvent;
import io.cadre.pipeline.api.PositionFilled;
import io.cadre.pipeline.api.PositionFrozen;
import io.cadre.pipeline.api.PositionOpened;
import io.cadre.pipeline.api.PositionStatus;
import io.cadre.pipeline.api.PositionUnfrozen;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.gateway.CommandContext;
import io.cadre.platform.projection.ReadModels;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps every position as it stands, and each of its transitions with who, when, from when and why. */
@Component
@ReadModelTables({"pipeline_position", "pipeline_position_change"})
@ProcessingGroup(ReadModels.PROCESSOR)
class PositionProjection {

    private static final String STATUS = "update pipeline_position set status = ?, version = ? where position_id = ?";

    private final JdbcTemplate jdbc;
    private final PipelineWrites writes;
    private final ReadModelChanges changes;

    PositionProjection(JdbcTemplate jdbc, PipelineWrites writes, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.changes = changes;
    }

    @EventHandler
    void on(PositionOpened e, EventMessage<?> message, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.add("insert into pipeline_position (position_id, team_id, level, ladder_version, title, manager_id, target_start,"
                        + " status, opened_on, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                e.positionId(), e.teamId(), e.level(), e.ladderVersion(), e.title(), e.managerId(), e.targetStart(),
                PositionStatus.PROPOSED.name(), e.effectiveDate(), seq);
        changed(e, PositionStatus.PROPOSED, message, seq, at);
    }

    @EventHandler
    void on(PositionApproved e, EventMessage<?> message, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.add("update pipeline_position set status = ?, approved_on = coalesce(approved_on, ?), version = ? where position_id = ?",
                PositionStatus.APPROVED.name(), e.effectiveDate(), seq, e.positionId());
        changed(e, PositionStatus.APPROVED, message, seq, at);
    }

    @EventHandler
    void on(PositionFrozen e, EventMessage<?> message, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.add(STATUS, PositionStatus.FROZEN.name(), seq, e.positionId());
        changed(e, PositionStatus.FROZEN, message, seq, at);
    }

    @EventHandler
    void on(PositionUnfrozen e, EventMessage<?> message, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.add(STATUS, PositionStatus.APPROVED.name(), seq, e.positionId());
        changed(e, PositionStatus.APPROVED, message, seq, at);
    }

    @EventHandler
    void on(PositionCancelled e, EventMessage<?> message, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.add("update pipeline_position set status = ?, cancelled_on = ?, version = ? where position_id = ?",
                PositionStatus.CANCELLED.name(), e.effectiveDate(), seq, e.positionId());
        changed(e, PositionStatus.CANCELLED, message, seq, at);
    }

    @EventHandler
    void on(PositionFilled e, EventMessage<?> message, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.add("update pipeline_position set status = ?, filled_on = ?, filled_by = ?, filled_by_candidate = ?, version = ?"
                + " where position_id = ?", PositionStatus.FILLED.name(), e.effectiveDate(), e.personId(), e.candidateId(), seq,
                e.positionId());
        changed(e, PositionStatus.FILLED, message, seq, at);
    }

    private void changed(PositionEvent e, PositionStatus status, EventMessage<?> message, long seq, Instant at) {
        writes.add("insert into pipeline_position_change (position_id, seq, status, effective_date, recorded_at, actor, reason)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", e.positionId(), seq, status.name(),
                e.effectiveDate(), Timestamp.from(at), text(message, CommandContext.ACTOR), text(message, CommandContext.REASON));
        changes.announceAfterCommit();
    }

    static String text(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate pipeline_position, pipeline_position_change");
    }
}
