package io.cadre.planning.query;

import io.cadre.planning.api.ChangePlanned;
import io.cadre.planning.api.PlannedChangeApplied;
import io.cadre.planning.api.PlannedChangeDropped;
import io.cadre.planning.api.PlannedChangeRevised;
import io.cadre.planning.api.PlannedChangeStatus;
import io.cadre.planning.api.ScenarioCreated;
import io.cadre.planning.api.ScenarioEvent;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.gateway.CommandContext;
import io.cadre.platform.projection.ReadModelTables;
import io.cadre.platform.projection.ReadModels;
import java.sql.Timestamp;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each scenario and its planned changes with where each stands. Scenarios are few and written by hand, so each
 * event is one small statement; every statement is idempotent, so an event seen again changes nothing.
 */
@Component
@ReadModelTables({"scenario", "scenario_change"})
@ProcessingGroup(ReadModels.PROCESSOR)
class ScenarioProjection {

    private final JdbcTemplate jdbc;
    private final ReadModelChanges changes;
    private final PlannedChanges json;

    ScenarioProjection(JdbcTemplate jdbc, ReadModelChanges changes, PlannedChanges json) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.json = json;
    }

    @EventHandler
    void on(ScenarioEvent event, EventMessage<?> message, @SequenceNumber long seq) {
        Timestamp at = Timestamp.from(message.getTimestamp());
        switch (event) {
            case ScenarioCreated created -> jdbc.update("insert into scenario (id, name, base_date, root_team_id, owner, created_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing", created.scenarioId(), created.name(), created.baseDate(),
                    created.rootTeamId(), created.owner(), at, seq);
            case ChangePlanned planned -> jdbc.update("insert into scenario_change (scenario_id, change_id, seq, type, effective_date,"
                    + " status, planned_by, planned_at, change) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                    planned.scenarioId(), planned.changeId(), seq, planned.change().type().name(), planned.change().effectiveDate(),
                    PlannedChangeStatus.PLANNED.name(), Objects.toString(message.getMetaData().get(CommandContext.ACTOR), null), at,
                    json.write(planned.change()));
            case PlannedChangeRevised revised -> jdbc.update("update scenario_change set type = ?, effective_date = ?, change = ?"
                    + " where scenario_id = ? and change_id = ?", revised.change().type().name(), revised.change().effectiveDate(),
                    json.write(revised.change()), revised.scenarioId(), revised.changeId());
            case PlannedChangeDropped dropped -> status(dropped.scenarioId(), dropped.changeId(), PlannedChangeStatus.DROPPED);
            case PlannedChangeApplied applied -> status(applied.scenarioId(), applied.changeId(), PlannedChangeStatus.APPLIED);
            default -> throw new IllegalStateException("Unknown scenario event " + event.getClass());
        }
        jdbc.update("update scenario set version = greatest(version, ?) where id = ?", seq, event.scenarioId());
        changes.announceAfterCommit();
    }

    private void status(java.util.UUID scenario, java.util.UUID change, PlannedChangeStatus status) {
        jdbc.update("update scenario_change set status = ? where scenario_id = ? and change_id = ?", status.name(), scenario, change);
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate scenario, scenario_change");
    }
}
