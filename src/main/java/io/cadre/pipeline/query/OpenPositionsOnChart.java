package io.cadre.pipeline.query;

import io.cadre.org.api.ChartPlaceholder;
import io.cadre.org.api.ChartPlaceholders;
import io.cadre.pipeline.api.PositionStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The org chart's dashed boxes for positions approved and not yet filled or cancelled on the chart's date
 * ("Open: Senior Engineer", "approved 34 days ago", counted from that date), read from each position's transitions:
 * its status on a date is the last one that took effect by then.
 */
@Component
class OpenPositionsOnChart implements ChartPlaceholders {

    static final String KIND = "OPEN_POSITION";

    private final JdbcTemplate jdbc;

    OpenPositionsOnChart(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ChartPlaceholder> on(LocalDate asOf) {
        return jdbc.query("""
                select p.position_id, p.team_id, p.manager_id, p.level, p.title, p.approved_on, s.status
                from pipeline_position p
                cross join lateral (select c.status from pipeline_position_change c
                                    where c.position_id = p.position_id and c.effective_date <= ?
                                    order by c.effective_date desc, c.seq desc limit 1) s
                where p.approved_on <= ? and s.status in (?, ?)
                order by p.approved_on, p.title, p.position_id
                """, (rs, i) -> {
            LocalDate approved = rs.getObject(6, LocalDate.class);
            boolean frozen = PositionStatus.FROZEN.name().equals(rs.getString(7));
            return new ChartPlaceholder(rs.getObject(1, UUID.class), KIND, rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class), rs.getString(4), "Open: " + rs.getString(5),
                    approvedAgo(approved, asOf) + (frozen ? ", frozen" : ""), approved);
        }, asOf, asOf, PositionStatus.APPROVED.name(), PositionStatus.FROZEN.name());
    }

    static String approvedAgo(LocalDate approved, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(approved, asOf);
        return days == 0 ? "approved today" : days == 1 ? "approved 1 day ago" : "approved " + days + " days ago";
    }
}
