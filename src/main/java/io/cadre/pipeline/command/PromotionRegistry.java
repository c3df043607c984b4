package io.cadre.pipeline.command;

import io.cadre.pipeline.api.PromotionStatus;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The command side's own record of every promotion case's person and status, written by the case's commands in their
 * transaction: it keeps a person to one open case at a time, and lets a calibration session judge a case's status
 * without loading it. A reader locks the rows it reads until commit.
 */
@Component
class PromotionRegistry {

    private final JdbcTemplate jdbc;

    PromotionRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The open case of the person, locked until commit, or null when they have none. */
    UUID openCaseOf(UUID personId) {
        return jdbc.query("select promotion_id from promotion_rule where person_id = ? and status in ('NOMINATED', 'IN_CALIBRATION')"
                + " for update", rs -> rs.next() ? rs.getObject(1, UUID.class) : null, personId);
    }

    void nominated(UUID promotionId, UUID personId) {
        jdbc.update("insert into promotion_rule (promotion_id, person_id, status) values (?, ?, ?)", promotionId, personId,
                PromotionStatus.NOMINATED.name());
    }

    void changed(UUID promotionId, PromotionStatus status) {
        jdbc.update("update promotion_rule set status = ? where promotion_id = ?", status.name(), promotionId);
    }

    /** The case's status, locked against changes until the command commits; null for an unknown case. */
    PromotionStatus lock(UUID promotionId) {
        return jdbc.query("select status from promotion_rule where promotion_id = ? for share",
                rs -> rs.next() ? PromotionStatus.valueOf(rs.getString(1)) : null, promotionId);
    }
}
