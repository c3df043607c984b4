package io.cadre.planning.query;

import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetChartTeams;
import io.cadre.org.api.GetRecordedOrgChart;
import io.cadre.org.api.GetTeam;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.TeamDetails;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.NotFound;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The team hierarchy on a date, from the organisation's teams (which org keeps with its whole chart): names, subtrees, tops. */
final class TeamTree implements ObjectiveStore.TeamLookup {

    private final Queries queries;
    private final Map<UUID, ChartTeam> teams = new HashMap<>();
    private final Map<UUID, List<ChartTeam>> children = new HashMap<>();
    private final Map<UUID, String> formerNames = new HashMap<>();

    private TeamTree(Queries queries, List<ChartTeam> all) {
        this.queries = queries;
        all.forEach(t -> teams.put(t.id(), t));
        for (ChartTeam team : all) {
            if (team.parentId() != null && teams.containsKey(team.parentId())) {
                children.computeIfAbsent(team.parentId(), k -> new ArrayList<>()).add(team);
            }
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(ChartTeam::name)));
    }

    static TeamTree on(Queries queries, LocalDate asOf) {
        return on(queries, asOf, null);
    }

    /** The hierarchy on the date as Cadre knew it at {@code recordedAt} (null: as it knows it now). */
    static TeamTree on(Queries queries, LocalDate asOf, Instant recordedAt) {
        return new TeamTree(queries, recordedAt == null ? queries.askList(new GetChartTeams(asOf), ChartTeam.class)
                : queries.ask(new GetRecordedOrgChart(asOf, recordedAt, null), OrgChart.class).teams());
    }

    boolean active(UUID teamId) {
        return teams.containsKey(teamId);
    }

    /** The teams at the top: the root's own, or those without a parent when the whole organisation is asked for. */
    List<ChartTeam> tops(UUID rootTeamId) {
        if (rootTeamId != null) {
            ChartTeam root = teams.get(rootTeamId);
            if (root == null) {
                throw new NotFound("No team with id " + rootTeamId + " on that date");
            }
            return List.of(root);
        }
        return teams.values().stream().filter(t -> t.parentId() == null || !teams.containsKey(t.parentId()))
                .sorted(Comparator.comparing(ChartTeam::name)).toList();
    }

    List<ChartTeam> children(UUID teamId) {
        return children.getOrDefault(teamId, List.of());
    }

    /** The team and every team below it, depth first. */
    List<UUID> subtree(UUID teamId) {
        List<UUID> ids = new ArrayList<>();
        walk(teamId, ids);
        return ids;
    }

    private void walk(UUID teamId, List<UUID> ids) {
        ids.add(teamId);
        children(teamId).forEach(c -> walk(c.id(), ids));
    }

    @Override
    public String name(UUID teamId) {
        ChartTeam team = teams.get(teamId);
        return team != null ? team.name() : formerNames.computeIfAbsent(teamId, this::lookUp);
    }

    @Override
    public boolean dissolved(UUID teamId) {
        return !teams.containsKey(teamId);
    }

    private String lookUp(UUID teamId) {
        try {
            return queries.ask(new GetTeam(teamId), TeamDetails.class).name();
        } catch (NotFound e) {
            return "Unknown team";
        }
    }
}
