package io.cadre.pipeline.query;

import io.cadre.platform.projection.ReadModelTables;
import io.cadre.pipeline.api.CandidateAccepted;
import io.cadre.pipeline.api.CandidateAdded;
import io.cadre.pipeline.api.CandidateEvent;
import io.cadre.pipeline.api.CandidateHireRefused;
import io.cadre.pipeline.api.CandidateHired;
import io.cadre.pipeline.api.CandidateMoved;
import io.cadre.pipeline.api.CandidateStage;
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

/** Keeps every candidate's stage, hire or hire problem, and each move with who, when and why. */
@Component
@ReadModelTables({"pipeline_candidate", "pipeline_candidate_move"})
@ProcessingGroup(ReadModels.PROCESSOR)
class CandidateProjection {

    private final JdbcTemplate jdbc;
    private final PipelineWrites writes;
    private final ReadModelChanges changes;

    CandidateProjection(JdbcTemplate jdbc, PipelineWrites writes, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.changes = changes;
    }

    @EventHandler
    void on(CandidateAdded e, EventMessage<?> message, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.add("insert into pipeline_candidate (candidate_id, position_id, source, stage, since, version)"
                + " values (?, ?, ?, ?, ?, ?) on conflict do nothing", e.candidateId(), e.positionId(), e.source(),
                CandidateStage.SOURCED.name(), e.effectiveDate(), seq);
        moved(e, CandidateStage.SOURCED, message, seq, at);
    }

    @EventHandler
    void on(CandidateMoved e, EventMessage<?> message, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.add("update pipeline_candidate set stage = ?, since = ?, start_date = null, hire_problem = null, version = ?"
                + " where candidate_id = ?", e.to().name(), e.effectiveDate(), seq, e.candidateId());
        moved(e, e.to(), message, seq, at);
    }

    @EventHandler
    void on(CandidateAccepted e, EventMessage<?> message, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.add("update pipeline_candidate set stage = ?, since = ?, start_date = ?, hire_problem = null, version = ?"
                + " where candidate_id = ?", CandidateStage.ACCEPTED.name(), e.effectiveDate(), e.startDate(), seq, e.candidateId());
        moved(e, CandidateStage.ACCEPTED, message, seq, at);
    }

    @EventHandler
    void on(CandidateHired e, @SequenceNumber long seq) {
        writes.add("update pipeline_candidate set person_id = ?, version = ? where candidate_id = ?", e.personId(), seq,
                e.candidateId());
        changes.announceAfterCommit();
    }

    @EventHandler
    void on(CandidateHireRefused e, @SequenceNumber long seq) {
        writes.add("update pipeline_candidate set hire_problem = ?, version = ? where candidate_id = ?", e.problem(), seq,
                e.candidateId());
        changes.announceAfterCommit();
    }

    private void moved(CandidateEvent e, CandidateStage stage, EventMessage<?> message, long seq, Instant at) {
        writes.add("insert into pipeline_candidate_move (candidate_id, seq, stage, effective_date, recorded_at, actor, reason)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", e.candidateId(), seq, stage.name(),
                e.effectiveDate(), Timestamp.from(at), PositionProjection.text(message, CommandContext.ACTOR),
                PositionProjection.text(message, CommandContext.REASON));
        changes.announceAfterCommit();
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate pipeline_candidate, pipeline_candidate_move");
    }
}
