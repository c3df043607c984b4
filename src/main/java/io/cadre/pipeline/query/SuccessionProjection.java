package io.cadre.pipeline.query;

import io.cadre.pipeline.api.SuccessionPlanned;
import io.cadre.pipeline.api.Successor;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.gateway.CommandContext;
import io.cadre.platform.projection.ReadModelTables;
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

/** Keeps each person's succession plan as last set: risk, successors in order, and who set it, when and why. */
@Component
@ReadModelTables({"pipeline_succession", "pipeline_successor"})
@ProcessingGroup(ReadModels.PROCESSOR)
class SuccessionProjection {

    private final JdbcTemplate jdbc;
    private final PipelineWrites writes;
    private final ReadModelChanges changes;

    SuccessionProjection(JdbcTemplate jdbc, PipelineWrites writes, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.changes = changes;
    }

    @EventHandler
    void on(SuccessionPlanned e, EventMessage<?> message, @SequenceNumber long seq,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.add("insert into pipeline_succession (person_id, risk, effective_date, recorded_at, actor, reason, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on conflict (person_id) do update set risk = excluded.risk,"
                        + " effective_date = excluded.effective_date, recorded_at = excluded.recorded_at, actor = excluded.actor,"
                        + " reason = excluded.reason, version = excluded.version",
                e.personId(), e.risk().name(), e.effectiveDate(), Timestamp.from(at),
                PositionProjection.text(message, CommandContext.ACTOR), PositionProjection.text(message, CommandContext.REASON), seq);
        writes.add("delete from pipeline_successor where person_id = ?", e.personId());
        for (int i = 0; i < e.successors().size(); i++) {
            Successor s = e.successors().get(i);
            writes.add("insert into pipeline_successor (person_id, ordinal, successor_id, readiness) values (?, ?, ?, ?)",
                    e.personId(), i, s.personId(), s.readiness().name());
        }
        changes.announceAfterCommit();
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate pipeline_succession, pipeline_successor");
    }
}
