package io.cadre.pipeline.command;

import io.cadre.pipeline.api.PositionStatus;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The command side's own record of every position (team, level, title, manager and status), written by the position's
 * commands in their transaction, so that a candidate's command can judge the position without loading it. A reader
 * locks the row it reads until commit, so a position cannot be frozen while an offer for it is being accepted.
 */
@Component
class PositionRegistry {

    /** A position as its candidates' rules see it. */
    record Slot(UUID positionId, UUID teamId, String level, String title, UUID managerId, PositionStatus status) {
    }

    private final JdbcTemplate jdbc;

    PositionRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void opened(Slot slot) {
        jdbc.update("insert into pipeline_position_rule (position_id, team_id, level, title, manager_id, status)"
                + " values (?, ?, ?, ?, ?, ?)", slot.positionId(), slot.teamId(), slot.level(), slot.title(), slot.managerId(),
                slot.status().name());
    }

    void changed(UUID positionId, PositionStatus status) {
        jdbc.update("update pipeline_position_rule set status = ? where position_id = ?", status.name(), positionId);
    }

    /** The candidate is for the position, from now on (the command bus judges the candidate on the position's team). */
    void candidateAdded(UUID candidateId, UUID positionId) {
        jdbc.update("insert into pipeline_candidate_rule (candidate_id, position_id) values (?, ?)", candidateId, positionId);
    }

    /** The team of the position, or of the position the candidate is for; empty when the id names neither. */
    Optional<UUID> teamOf(UUID positionOrCandidateId) {
        return jdbc.queryForList("""
                select team_id from pipeline_position_rule where position_id = ?
                union all
                select p.team_id from pipeline_candidate_rule c join pipeline_position_rule p on p.position_id = c.position_id
                 where c.candidate_id = ?""", UUID.class, positionOrCandidateId, positionOrCandidateId).stream().findFirst();
    }

    /** The position a candidate's command names, locked against changes of status until the command commits. */
    Slot lockForCandidate(UUID positionId) {
        return slot(positionId, "for share");
    }

    /**
     * The position a candidate accepts, locked for update until the command commits, so that two acceptances of one
     * position queue here; refused when another candidate's acceptance already holds it.
     */
    Slot lockForAcceptance(UUID positionId, UUID candidateId) {
        Slot slot = slot(positionId, "for update");
        UUID holder = jdbc.queryForObject("select accepted_candidate from pipeline_position_rule where position_id = ?", UUID.class,
                positionId);
        if (holder != null && !holder.equals(candidateId)) {
            throw new RuleViolation("Another candidate (" + holder + ") has already accepted this position; it takes one hire");
        }
        return slot;
    }

    /** The candidate's acceptance now holds the position. */
    void accepted(UUID positionId, UUID candidateId) {
        jdbc.update("update pipeline_position_rule set accepted_candidate = ? where position_id = ?", candidateId, positionId);
    }

    /** The candidate moved on from their acceptance (rejected, withdrew, or back to an offer): the position is free again. */
    void released(UUID positionId, UUID candidateId) {
        jdbc.update("update pipeline_position_rule set accepted_candidate = null where position_id = ? and accepted_candidate = ?",
                positionId, candidateId);
    }

    private Slot slot(UUID positionId, String lock) {
        return jdbc.query("select position_id, team_id, level, title, manager_id, status from pipeline_position_rule"
                + " where position_id = ? " + lock, rs -> {
            if (!rs.next()) {
                throw new NotFound("No position with id " + positionId);
            }
            return new Slot(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                    rs.getObject(5, UUID.class), PositionStatus.valueOf(rs.getString(6)));
        }, positionId);
    }
}
