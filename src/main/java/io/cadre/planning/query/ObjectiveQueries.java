package io.cadre.planning.query;

import io.cadre.planning.api.AlignedObjective;
import io.cadre.planning.api.AlignmentTree;
import io.cadre.planning.api.FindObjectives;
import io.cadre.planning.api.FindObjectivesPage;
import io.cadre.planning.api.ObjectivePage;
import io.cadre.planning.api.GetAlignmentTree;
import io.cadre.planning.api.GetObjective;
import io.cadre.planning.api.GetObjectiveHistory;
import io.cadre.planning.api.ObjectiveChange;
import io.cadre.planning.api.ObjectiveStatus;
import io.cadre.planning.api.ObjectiveDetails;
import io.cadre.planning.api.ObjectiveSummary;
import io.cadre.planning.api.Period;
import io.cadre.planning.api.TeamProgress;
import io.cadre.org.api.ChartTeam;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.projection.KeptAnswers;
import io.cadre.platform.projection.ReadModels;
import io.cadre.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the objectives' queries from their read model, on today or any other date. */
@Component
class ObjectiveQueries {

    private final ObjectiveStore store;
    private final Queries queries;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    /**
     * Alignment trees as effective on a date, kept while the read models stand still: a few periods and dates are asked
     * for, and the objectives report's 13 monthly dates.
     */
    private final KeptAnswers<GetAlignmentTree, AlignmentTree> trees;

    ObjectiveQueries(ObjectiveStore store, Queries queries, JdbcTemplate jdbc, Clock clock, EventProcessingConfiguration processing) {
        this.store = store;
        this.queries = queries;
        this.jdbc = jdbc;
        this.clock = clock;
        this.trees = new KeptAnswers<>(jdbc, processing, ReadModels.PROCESSOR, 16);
    }

    @QueryHandler
    ObjectiveDetails handle(GetObjective query) {
        LocalDate asOf = asOf(query.asOf());
        List<ObjectiveDetails> found = store.find("o.id = ?", List.of(query.objectiveId()), asOf, TeamTree.on(queries, asOf));
        if (found.isEmpty()) {
            throw new NotFound("No objective with id " + query.objectiveId() + (query.asOf() != null ? " on " + asOf : ""));
        }
        return found.getFirst();
    }

    @QueryHandler
    List<ObjectiveDetails> handle(FindObjectives query) {
        LocalDate asOf = asOf(query.asOf());
        TeamTree tree = TeamTree.on(queries, asOf);
        List<Object> args = new ArrayList<>();
        String where = where(query.teamId(), query.period(), query.includeSubteams(), tree, args);
        return store.find(where, args, asOf, tree);
    }

    /** Folds only the page's objectives: the order is the read model's, so the page is cut in SQL. */
    @QueryHandler
    ObjectivePage handle(FindObjectivesPage query) {
        LocalDate asOf = asOf(query.asOf());
        TeamTree tree = TeamTree.on(queries, asOf);
        List<Object> args = new ArrayList<>();
        String where = where(query.teamId(), query.period(), query.includeSubteams(), tree, args);
        return new ObjectivePage(store.page(where, args, asOf, tree, query.page(), query.size()), query.page(), query.size(),
                store.count(where, args, asOf));
    }

    /** The condition on {@code o} that selects a team's (and its sub-teams') objectives of a period; its values go to {@code args}. */
    private static String where(UUID teamId, String period, boolean includeSubteams, TeamTree tree, List<Object> args) {
        List<String> where = new ArrayList<>();
        if (teamId != null) {
            List<UUID> teams = includeSubteams && tree.active(teamId) ? tree.subtree(teamId) : List.of(teamId);
            where.add("o.team_id = any(?)");
            args.add(teams.toArray(UUID[]::new));
        }
        if (period != null) {
            Period parsed = Period.parse("period", period);
            where.add("o.period_start <= ? and o.period_end >= ?");
            args.add(parsed.end());
            args.add(parsed.start());
        }
        return where.isEmpty() ? "true" : String.join(" and ", where);
    }

    @QueryHandler
    List<ObjectiveChange> handle(GetObjectiveHistory query) {
        return jdbc.query("""
                select recorded_at, effective_date, type, actor, reason, title, unit, start_value, target_value, value, confidence,
                       note, status, parent_id
                from objective_change where objective_id = ? order by seq, item""", (rs, i) -> new ObjectiveChange(
                rs.getTimestamp(1).toInstant(), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5),
                ChangeSummaries.of(rs)), query.objectiveId());
    }

    /** As effective on a date, the tree is kept until the read models move on; as recorded at an instant, it is folded each time. */
    @QueryHandler
    AlignmentTree handle(GetAlignmentTree query) {
        if (query.recordedAt() != null) {
            return alignment(query);
        }
        GetAlignmentTree dated = new GetAlignmentTree(Period.parse("period", query.period()).toString(), query.rootTeamId(),
                asOf(query.asOf()));
        return trees.get(dated, () -> alignment(dated));
    }

    private AlignmentTree alignment(GetAlignmentTree query) {
        LocalDate asOf = asOf(query.asOf());
        Period period = Period.parse("period", query.period());
        TeamTree tree = TeamTree.on(queries, asOf, query.recordedAt());
        List<ChartTeam> tops = tree.tops(query.rootTeamId());
        List<UUID> scope = new ArrayList<>();
        tops.forEach(t -> scope.addAll(tree.subtree(t.id())));
        List<ObjectiveSummary> objectives = store.summaries("o.team_id = any(?) and o.period_start <= ? and o.period_end >= ?",
                        List.of(scope.toArray(UUID[]::new), period.end(), period.start()), asOf, query.recordedAt(),
                        tree)
                .stream().filter(o -> o.status() != ObjectiveStatus.DROPPED).toList();
        Map<UUID, ObjectiveSummary> byId = ObjectiveStore.byId(objectives, ObjectiveSummary::id);
        Map<UUID, List<ObjectiveSummary>> aligned = new HashMap<>();
        Map<UUID, List<ObjectiveSummary>> byTeam = new HashMap<>();
        List<ObjectiveSummary> roots = new ArrayList<>();
        List<ObjectiveSummary> orphans = new ArrayList<>();
        List<UUID> topIds = tops.stream().map(ChartTeam::id).toList();
        for (ObjectiveSummary objective : objectives) {
            byTeam.computeIfAbsent(objective.teamId(), k -> new ArrayList<>()).add(objective);
            if (objective.parentId() != null && byId.containsKey(objective.parentId())) {
                aligned.computeIfAbsent(objective.parentId(), k -> new ArrayList<>()).add(objective);
            } else if (objective.parentId() == null && !topIds.contains(objective.teamId())) {
                orphans.add(objective);
            } else {
                roots.add(objective);
            }
        }
        List<TeamProgress> teams = new ArrayList<>();
        tops.forEach(top -> progress(tree, top, 0, byTeam, teams));
        return new AlignmentTree(period.toString(), asOf, roots.stream().map(o -> node(o, aligned)).toList(), orphans, teams);
    }

    private static AlignedObjective node(ObjectiveSummary objective, Map<UUID, List<ObjectiveSummary>> aligned) {
        return new AlignedObjective(objective, aligned.getOrDefault(objective.id(), List.of()).stream().map(o -> node(o, aligned)).toList());
    }

    /** Adds the team and its sub-teams to {@code out}, depth first, and returns the progress of every objective in its subtree. */
    private static List<Double> progress(TeamTree tree, ChartTeam team, int depth, Map<UUID, List<ObjectiveSummary>> byTeam,
                                         List<TeamProgress> out) {
        List<Double> own = byTeam.getOrDefault(team.id(), List.of()).stream().map(ObjectiveSummary::progress).filter(Objects::nonNull).toList();
        int index = out.size();
        out.add(null);
        List<Double> all = new ArrayList<>(own);
        tree.children(team.id()).forEach(child -> all.addAll(progress(tree, child, depth + 1, byTeam, out)));
        out.set(index, new TeamProgress(team.id(), team.name(), team.parentId(), depth, byTeam.getOrDefault(team.id(), List.of()).size(),
                mean(own), mean(all)));
        return all;
    }

    private static Double mean(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private LocalDate asOf(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }
}
