package io.cadre.pipeline.query;

import io.cadre.pipeline.api.BoardCandidate;
import io.cadre.pipeline.api.BoardPosition;
import io.cadre.pipeline.api.CandidateStage;
import io.cadre.pipeline.api.CandidateDetails;
import io.cadre.pipeline.api.FindPositions;
import io.cadre.pipeline.api.GetCandidate;
import io.cadre.pipeline.api.GetPipelineBoard;
import io.cadre.pipeline.api.GetPosition;
import io.cadre.pipeline.api.PipelineBoard;
import io.cadre.pipeline.api.PositionChange;
import io.cadre.pipeline.api.PositionPage;
import io.cadre.pipeline.api.PositionStatus;
import io.cadre.pipeline.api.PositionDetails;
import io.cadre.pipeline.api.StageMove;
import io.cadre.shared.NotAllowed;
import io.cadre.shared.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the pipeline's queries from its read models: positions, candidates and the board. */
@Component
class PipelineQueries {

    private static final String POSITION = "select position_id, team_id, level, ladder_version, title, manager_id, target_start,"
            + " status, opened_on, approved_on, filled_on, filled_by, filled_by_candidate, cancelled_on, version from pipeline_position p";

    private final JdbcTemplate jdbc;
    private final TeamScope scope;
    private final Clock clock;

    PipelineQueries(JdbcTemplate jdbc, TeamScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    @QueryHandler
    PositionDetails handle(GetPosition query) {
        PositionDetails position = jdbc.query(POSITION + " where position_id = ?", (rs, i) -> position(rs, List.of()), query.positionId())
                .stream().findFirst().orElseThrow(() -> new NotFound("No position with id " + query.positionId()));
        List<PositionChange> changes = jdbc.query("select status, effective_date, recorded_at, actor, reason"
                        + " from pipeline_position_change where position_id = ? order by seq",
                (rs, i) -> new PositionChange(PositionStatus.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5)), query.positionId());
        return withChanges(position, changes);
    }

    @QueryHandler
    PositionPage handle(FindPositions query) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (query.teamId() != null) {
            where.append(" and p.team_id = any(?)");
            args.add(scope.teamAndBelow(query.teamId()));
        }
        if (query.status() != null) {
            where.append(" and p.status = ?");
            args.add(query.status().name());
        }
        if (query.minAgeDays() != null) {
            where.append(" and coalesce(p.filled_on, p.cancelled_on, ?) - p.opened_on >= ?");
            args.add(LocalDate.now(clock));
            args.add(query.minAgeDays());
        }
        if (query.asOf() != null) {
            where.append(" and p.opened_on <= ? and coalesce(p.filled_on, p.cancelled_on, date '9999-12-31') > ?");
            args.add(query.asOf());
            args.add(query.asOf());
        }
        long total = jdbc.queryForObject("select count(*) from pipeline_position p" + where, Long.class, args.toArray());
        List<Object> paged = new ArrayList<>(args);
        paged.add(query.size());
        paged.add((long) query.page() * query.size());
        List<PositionDetails> items = jdbc.query(POSITION + where + " order by p.opened_on desc, p.position_id limit ? offset ?",
                (rs, i) -> position(rs, List.of()), paged.toArray());
        return new PositionPage(items, query.page(), query.size(), total);
    }

    @QueryHandler
    CandidateDetails handle(GetCandidate query) {
        List<StageMove> stages = jdbc.query("select stage, recorded_at, actor, reason, effective_date from pipeline_candidate_move"
                        + " where candidate_id = ? order by seq", (rs, i) -> new StageMove(CandidateStage.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class)),
                query.candidateId());
        CandidateDetails candidate = jdbc.query("select c.candidate_id, c.position_id, d.name, d.email, c.source, c.stage, c.start_date, c.person_id,"
                        + " c.hire_problem, c.version from pipeline_candidate c left join candidate_data d on d.candidate_id = c.candidate_id"
                        + " where c.candidate_id = ?",
                (rs, i) -> new CandidateDetails(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), CandidateStage.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class),
                        stages, rs.getObject(8, UUID.class), rs.getString(9), rs.getLong(10)), query.candidateId())
                .stream().findFirst().orElseThrow(() -> new NotFound("No candidate with id " + query.candidateId()));
        HiringReach reach = new HiringReach();
        jdbc.query("select team_id, manager_id from pipeline_position where position_id = ?", rs -> {
            if (!reach.covers(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))) {
                throw new NotAllowed("This candidate applies to a position outside your scope: its team's directors, the hiring"
                        + " manager's line, HR and ADMIN see its candidates");
            }
        }, candidate.positionId());
        return candidate;
    }

    @QueryHandler
    PipelineBoard handle(GetPipelineBoard query) {
        String open = Stream.of(PositionStatus.values()).filter(PositionStatus::open).map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", "));
        List<Object> args = new ArrayList<>();
        String where = " where p.status in (" + open + ")";
        where += " and " + new HiringReach().sql(args);
        if (query.teamId() != null) {
            where += " and p.team_id = any(?)";
            args.add(scope.teamAndBelow(query.teamId()));
        }
        List<PositionDetails> positions = jdbc.query(POSITION + where + " order by p.opened_on, p.position_id",
                (rs, i) -> position(rs, List.of()), args.toArray());
        Map<UUID, List<BoardCandidate>> byPosition = new LinkedHashMap<>();
        // The candidates of the same positions, by a join rather than a list of their ids: an array parameter in a filter
        // is evaluated again for every row a scan meets (80 ms for 500 ids over 400 candidates).
        jdbc.query("select c.position_id, c.candidate_id, d.name, c.stage, c.since, c.person_id, c.hire_problem, c.version"
                        + " from pipeline_candidate c join pipeline_position p on p.position_id = c.position_id"
                        + " left join candidate_data d on d.candidate_id = c.candidate_id" + where + " order by c.since, c.candidate_id",
                rs -> {
                    byPosition.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new BoardCandidate(
                            rs.getObject(2, UUID.class), rs.getString(3), CandidateStage.valueOf(rs.getString(4)),
                            rs.getObject(5, LocalDate.class), rs.getObject(6, UUID.class), rs.getString(7), rs.getLong(8)));
                }, args.toArray());
        List<BoardPosition> board = positions.stream().map(p -> {
            Map<CandidateStage, List<BoardCandidate>> columns = new LinkedHashMap<>();
            for (CandidateStage stage : CandidateStage.values()) {
                columns.put(stage, new ArrayList<>());
            }
            byPosition.getOrDefault(p.id(), List.of()).forEach(c -> columns.get(c.stage()).add(c));
            return new BoardPosition(p, columns);
        }).toList();
        return new PipelineBoard(query.teamId(), board);
    }

    private PositionDetails position(ResultSet rs, List<PositionChange> changes) throws SQLException {
        LocalDate openedOn = rs.getObject(9, LocalDate.class);
        LocalDate filledOn = rs.getObject(11, LocalDate.class);
        LocalDate cancelledOn = rs.getObject(14, LocalDate.class);
        LocalDate until = filledOn != null ? filledOn : cancelledOn != null ? cancelledOn : LocalDate.now(clock);
        long ageDays = Math.max(0, ChronoUnit.DAYS.between(openedOn, until));
        LocalDate approvedOn = rs.getObject(10, LocalDate.class);
        Long timeToFill = filledOn == null ? null : Math.max(0, ChronoUnit.DAYS.between(approvedOn != null ? approvedOn : openedOn, filledOn));
        return new PositionDetails(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                (Integer) rs.getObject(4), rs.getString(5), rs.getObject(6, UUID.class), rs.getObject(7, LocalDate.class),
                PositionStatus.valueOf(rs.getString(8)), openedOn, approvedOn, filledOn,
                rs.getObject(12, UUID.class), rs.getObject(13, UUID.class), cancelledOn, ageDays, timeToFill, rs.getLong(15), changes);
    }

    private static PositionDetails withChanges(PositionDetails p, List<PositionChange> changes) {
        return new PositionDetails(p.id(), p.teamId(), p.level(), p.ladderVersion(), p.title(), p.managerId(), p.targetStart(),
                p.status(), p.openedOn(), p.approvedOn(), p.filledOn(), p.filledBy(), p.filledByCandidate(), p.cancelledOn(),
                p.ageDays(), p.timeToFillDays(), p.version(), changes);
    }
}
