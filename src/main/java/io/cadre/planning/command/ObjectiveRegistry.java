package io.cadre.planning.command;

import io.cadre.planning.api.ObjectiveStatus;
import io.cadre.planning.api.Period;
import io.cadre.shared.RuleViolation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The command side's own record of every objective's team, period and status, written in the command's transaction,
 * so that alignment is judged against the parent as it is, and an objective is carried into the next period once.
 */
@Component
class ObjectiveRegistry {

    private final JdbcTemplate jdbc;

    ObjectiveRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Registered(UUID teamId, Period period, ObjectiveStatus status) {
    }

    void register(UUID objectiveId, UUID teamId, Period period, UUID carriedFrom) {
        if (carriedFrom != null) {
            List<String> already = jdbc.queryForList("select period from objective_registry where carried_from = ?", String.class, carriedFrom);
            if (!already.isEmpty()) {
                throw new RuleViolation("That objective was already carried into " + already.getFirst());
            }
        }
        jdbc.update("insert into objective_registry (objective_id, team_id, period, status, carried_from) values (?, ?, ?, ?, ?)",
                objectiveId, teamId, period.toString(), ObjectiveStatus.DRAFT.name(), carriedFrom);
    }

    void status(UUID objectiveId, ObjectiveStatus status) {
        jdbc.update("update objective_registry set status = ? where objective_id = ?", status.name(), objectiveId);
    }

    Optional<Registered> find(UUID objectiveId) {
        return jdbc.query("select team_id, period, status from objective_registry where objective_id = ?",
                (rs, i) -> new Registered(rs.getObject(1, UUID.class), Period.parse("period", rs.getString(2)),
                        ObjectiveStatus.valueOf(rs.getString(3))), objectiveId).stream().findFirst();
    }
}
