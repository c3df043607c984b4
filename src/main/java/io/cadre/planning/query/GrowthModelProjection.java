package io.cadre.planning.query;

import io.cadre.planning.api.GrowthInputs;
import io.cadre.planning.api.GrowthModelSaved;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.gateway.CommandContext;
import io.cadre.platform.projection.ProjectionBatch;
import io.cadre.platform.projection.ReadModelTables;
import io.cadre.platform.projection.ReadModels;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps each saved growth model with its inputs, and who saved it, when and why. */
@Component
@ReadModelTables({"growth_model"})
@ProcessingGroup(ReadModels.PROCESSOR)
class GrowthModelProjection {

    private final JdbcTemplate jdbc;
    private final ReadModelChanges changes;

    GrowthModelProjection(JdbcTemplate jdbc, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @EventHandler
    void on(GrowthModelSaved e, EventMessage<?> message, @org.axonframework.eventhandling.Timestamp Instant at) {
        GrowthInputs in = e.inputs();
        ProjectionBatch.add("growth-model", new Object[] {e.modelId(), e.name(), in.rootTeamId(), in.fromDate(), in.quarters(),
                in.targetHeadcount(), in.hiresPerQuarter(), in.attritionPerYear(), in.promotionPerYear(), in.spanOfControl(),
                Timestamp.from(at), text(message, CommandContext.ACTOR), text(message, CommandContext.REASON)}, this::write);
        changes.announceAfterCommit();
    }

    private void write(List<Object[]> rows) {
        jdbc.batchUpdate("insert into growth_model (id, name, root_team_id, from_date, quarters, target_headcount, hires_per_quarter,"
                + " attrition_per_year, promotion_per_year, span_of_control, saved_at, saved_by, reason)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing", rows);
    }

    private static String text(EventMessage<?> message, String key) {
        return Objects.toString(message.getMetaData().get(key), null);
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate growth_model");
    }
}
