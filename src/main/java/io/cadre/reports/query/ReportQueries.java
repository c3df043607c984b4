package io.cadre.reports.query;

import static io.cadre.reports.query.Figures.row;

import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.GetRecordedOrgChart;
import io.cadre.org.api.GetTeam;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.TeamDetails;
import io.cadre.planning.api.AlignmentTree;
import io.cadre.planning.api.GetAlignmentTree;
import io.cadre.planning.api.Period;
import io.cadre.planning.api.TeamProgress;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.security.ReadScope;
import io.cadre.reports.api.ReportKind;
import io.cadre.reports.api.ReportPoint;
import io.cadre.reports.api.ReportSeries;
import io.cadre.reports.api.RunReport;
import io.cadre.shared.NotFound;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers every report: folds the reports' facts up to the last date asked, once, and reads the organisation on each
 * date on the way. Objectives progress is planning's own roll-up, asked of it for each date. Given an instant, every report
 * reads only what Cadre had recorded by then.
 */
@Component
class ReportQueries {

    private final FactLog log;
    private final FoldedStates states;
    private final Queries queries;

    ReportQueries(FactLog log, FoldedStates states, Queries queries) {
        this.log = log;
        this.states = states;
        this.queries = queries;
    }

    @QueryHandler
    ReportSeries handle(RunReport query) {
        UUID root = query.rootTeamId();
        if (root != null && !log.knowsTeam(root)) {
            queries.ask(new GetTeam(root), TeamDetails.class);
        }
        List<LocalDate> dates = query.dates();
        List<ReportPoint> points = switch (query.kind()) {
            case OBJECTIVES -> dates.stream().map(date -> objectives(date, root, query.period(), query.recordedAt())).toList();
            default -> folded(query);
        };
        return new ReportSeries(query.kind(), points);
    }

    private List<ReportPoint> folded(RunReport query) {
        LocalDate last = query.dates().getLast();
        LocalDate previous = query.windowStart();
        OrgState org = states.on(previous, last, query.recordedAt(), ReadScope.current());
        Map<String, FactLog.LevelInfo> levels = query.kind() == ReportKind.HEADCOUNT || query.kind() == ReportKind.PYRAMID
                || query.kind() == ReportKind.TIME_IN_LEVEL || query.kind() == ReportKind.PROMOTIONS ? log.levels() : Map.of();
        List<FactLog.PositionFacts> positions = query.kind() == ReportKind.POSITIONS ? log.positionsUpTo(last, query.recordedAt()) : List.of();
        List<FactLog.PromotionFacts> promotions = query.kind() == ReportKind.PROMOTIONS ? log.promotionsUpTo(last, query.recordedAt())
                : List.of();
        Map<UUID, String> names = query.kind() == ReportKind.SPAN_OF_CONTROL ? names(last, query.rootTeamId(), query.recordedAt()) : Map.of();
        Map<UUID, Integer> headcountBefore = FlowReports.headcountByTeam(org);
        List<ReportPoint> points = new ArrayList<>();
        for (LocalDate date : query.dates()) {
            org.advanceTo(date);
            Set<UUID> scope = org.subtree(query.rootTeamId());
            points.add(switch (query.kind()) {
                case HEADCOUNT -> PeopleReports.headcount(date, org, scope, Objects.requireNonNullElse(query.by(), "team"), levels);
                case SPAN_OF_CONTROL -> PeopleReports.spanOfControl(date, org, scope, names::get);
                case PYRAMID -> PeopleReports.pyramid(date, org, scope, levels);
                case TIME_IN_LEVEL -> PeopleReports.timeInLevel(date, org, scope, levels);
                case ATTRITION -> FlowReports.attrition(previous, date, org, scope, headcountBefore);
                case POSITIONS -> FlowReports.positions(previous, date, positions, scope);
                case PROMOTIONS -> PromotionReport.on(previous, date, promotions, org, scope, levels);
                default -> throw new IllegalStateException("Not folded: " + query.kind());
            });
            headcountBefore = FlowReports.headcountByTeam(org);
            previous = date;
        }
        return points;
    }

    /** The names of the people active on the date, as the directory shows them. */
    private Map<UUID, String> names(LocalDate date, UUID root, Instant recordedAt) {
        Map<UUID, String> names = new HashMap<>();
        try {
            OrgChart chart = recordedAt == null ? queries.ask(new GetOrgChart(date, root), OrgChart.class)
                    : queries.ask(new GetRecordedOrgChart(date, recordedAt, root), OrgChart.class);
            chart.people().forEach(p -> names.put(p.id(), p.name()));
        } catch (NotFound e) {
            // The subtree's team is not formed on that date: nobody to name.
        }
        return names;
    }

    private ReportPoint objectives(LocalDate date, UUID root, String period, Instant recordedAt) {
        String asked = period != null ? Period.parse("period", period).toString() : Period.quarterOf(date).toString();
        AlignmentTree tree = queries.ask(new GetAlignmentTree(asked, root, date, recordedAt), AlignmentTree.class);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TeamProgress team : tree.teams()) {
            rows.add(row("teamId", team.teamId(), "name", team.name(), "parentId", team.parentId(), "depth", team.depth(),
                    "objectives", team.objectives(), "ownProgress", round(team.ownProgress()), "progress", round(team.progress())));
        }
        Double overall = tree.teams().stream().filter(t -> t.depth() == 0 && t.progress() != null).mapToDouble(TeamProgress::progress)
                .average().stream().boxed().findFirst().orElse(null);
        return new ReportPoint(date, List.of("teamId", "name", "parentId", "depth", "objectives", "ownProgress", "progress"), rows,
                row("period", asked, "progress", round(overall)));
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10_000) / 10_000.0;
    }

}
