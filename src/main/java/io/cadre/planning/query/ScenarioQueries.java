package io.cadre.planning.query;

import io.cadre.planning.api.FindScenarios;
import io.cadre.planning.api.GetScenario;
import io.cadre.planning.api.PlannedChangeDetails;
import io.cadre.planning.api.PlannedChangeStatus;
import io.cadre.planning.api.ScenarioDetails;
import io.cadre.shared.NotFound;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers scenarios with their planned changes, from the read model. */
@Component
class ScenarioQueries {

    private static final String SCENARIO = "select id, name, base_date, root_team_id, owner, created_at, version from scenario";

    private final JdbcTemplate jdbc;
    private final PlannedChanges json;

    ScenarioQueries(JdbcTemplate jdbc, PlannedChanges json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @QueryHandler
    ScenarioDetails handle(GetScenario query) {
        List<ScenarioDetails> found = scenarios(SCENARIO + " where id = ?", query.scenarioId());
        if (found.isEmpty()) {
            throw new NotFound("No scenario with id " + query.scenarioId());
        }
        return found.getFirst();
    }

    @QueryHandler
    List<ScenarioDetails> handle(FindScenarios query) {
        return query.owner() == null ? scenarios(SCENARIO + " order by created_at desc, id")
                : scenarios(SCENARIO + " where owner = ? order by created_at desc, id", query.owner());
    }

    private List<ScenarioDetails> scenarios(String sql, Object... args) {
        List<Object[]> rows = jdbc.query(sql, (rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2),
                rs.getObject(3, LocalDate.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getTimestamp(6), rs.getLong(7)}, args);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<PlannedChangeDetails>> changes = new HashMap<>();
        jdbc.query(con -> {
            var statement = con.prepareStatement("select scenario_id, change_id, status, planned_by, planned_at, change"
                    + " from scenario_change where scenario_id = any(?) order by scenario_id, seq");
            statement.setArray(1, con.createArrayOf("uuid", rows.stream().map(r -> r[0]).toArray()));
            return statement;
        }, rs -> {
            changes.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(new PlannedChangeDetails(
                    rs.getObject(2, UUID.class), PlannedChangeStatus.valueOf(rs.getString(3)), rs.getString(4),
                    rs.getTimestamp(5).toInstant(), json.read(rs.getString(6))));
        });
        return rows.stream().map(r -> new ScenarioDetails((UUID) r[0], (String) r[1], (LocalDate) r[2], (UUID) r[3], (String) r[4],
                ((Timestamp) r[5]).toInstant(), changes.getOrDefault((UUID) r[0], List.of()), (Long) r[6])).toList();
    }
}
