package io.cadre.pipeline.query;

import io.cadre.pipeline.api.CandidateStage;
import io.cadre.pipeline.api.GetPipelineMetrics;
import io.cadre.pipeline.api.PipelineMetrics;
import io.cadre.pipeline.api.PositionStatus;
import io.cadre.pipeline.api.StageConversion;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The pipeline's measures from its read models: the median time to fill of filled positions (approval to fill), and each
 * stage's conversion to the next, from the furthest stage each candidate's recorded moves reached; over the positions the
 * asking user's {@link HiringReach} covers.
 */
@Component
class PipelineMetricsQueries {

    /** The stages of the funnel, in order; a candidate who reached one passed every earlier one. */
    private static final List<CandidateStage> FUNNEL = List.of(CandidateStage.SOURCED, CandidateStage.SCREENING,
            CandidateStage.INTERVIEWING, CandidateStage.OFFER, CandidateStage.ACCEPTED);

    private final JdbcTemplate jdbc;
    private final TeamScope scope;

    PipelineMetricsQueries(JdbcTemplate jdbc, TeamScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @QueryHandler
    PipelineMetrics handle(GetPipelineMetrics query) {
        List<Object> reachArgs = new ArrayList<>();
        String where = " where " + new HiringReach().sql(reachArgs);
        if (query.teamId() != null) {
            where += " and p.team_id = any(?)";
            reachArgs.add(scope.teamAndBelow(query.teamId()));
        }
        Object[] args = reachArgs.toArray();
        String open = Stream.of(PositionStatus.values()).filter(PositionStatus::open).map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", "));
        int[] counts = jdbc.query("select count(*) filter (where p.status in (" + open + ")), count(*) filter (where p.status = 'FILLED')"
                        + " from pipeline_position p" + where,
                rs -> {
                    rs.next();
                    return new int[] {rs.getInt(1), rs.getInt(2)};
                }, args);
        Double median = jdbc.queryForObject("select percentile_cont(0.5) within group (order by p.filled_on - coalesce(p.approved_on, p.opened_on))"
                + " from pipeline_position p" + where + " and p.status = 'FILLED'", Double.class, args);
        return new PipelineMetrics(counts[0], counts[1], median, conversion(where, args));
    }

    private List<StageConversion> conversion(String where, Object[] args) {
        StringBuilder rank = new StringBuilder("case m.stage");
        for (int i = 0; i < FUNNEL.size(); i++) {
            rank.append(" when '").append(FUNNEL.get(i).name()).append("' then ").append(i);
        }
        rank.append(" else -1 end");
        int[] reached = new int[FUNNEL.size()];
        jdbc.query("select max(" + rank + ") from pipeline_candidate c join pipeline_position p on p.position_id = c.position_id"
                + " join pipeline_candidate_move m on m.candidate_id = c.candidate_id" + where + " group by c.candidate_id", rs -> {
            for (int i = 0; i <= rs.getInt(1); i++) {
                reached[i]++;
            }
        }, args);
        List<StageConversion> conversion = new ArrayList<>();
        for (int i = 0; i + 1 < FUNNEL.size(); i++) {
            conversion.add(new StageConversion(FUNNEL.get(i), FUNNEL.get(i + 1), reached[i], reached[i + 1],
                    reached[i] == 0 ? null : (double) reached[i + 1] / reached[i]));
        }
        return conversion;
    }
}
