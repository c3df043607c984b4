package io.cadre.pipeline.query;

import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.GetTeam;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.PersonDetails;
import io.cadre.org.api.TeamDetails;
import io.cadre.pipeline.api.CriticalRole;
import io.cadre.pipeline.api.GetSuccession;
import io.cadre.pipeline.api.GetSuccessionCoverage;
import io.cadre.pipeline.api.Readiness;
import io.cadre.pipeline.api.SuccessionCoverage;
import io.cadre.pipeline.api.SuccessionDetails;
import io.cadre.pipeline.api.SuccessionRisk;
import io.cadre.pipeline.api.SuccessorDetails;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.security.ReadScope;
import io.cadre.platform.security.Scope;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers a person's succession plan, and the succession coverage of the critical roles of the org or a subtree, counted
 * over the critical people in the asking user's scope.
 */
@Component
class SuccessionQueries {

    private record Named(UUID successorId, Readiness readiness) {
    }

    private final JdbcTemplate jdbc;
    private final Queries queries;
    private final Clock clock;

    SuccessionQueries(JdbcTemplate jdbc, Queries queries, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.clock = clock;
    }

    @QueryHandler
    SuccessionDetails handle(GetSuccession query) {
        queries.ask(new GetPerson(query.personId()), PersonDetails.class);
        List<SuccessorDetails> successors = successorsOf(List.of(query.personId())).getOrDefault(query.personId(), List.of())
                .stream().map(this::details).toList();
        return jdbc.query("select risk, effective_date, recorded_at, actor, reason, version from pipeline_succession where person_id = ?",
                        (rs, i) -> new SuccessionDetails(query.personId(), SuccessionRisk.valueOf(rs.getString(1)), successors,
                                rs.getObject(2, LocalDate.class), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
                                rs.getLong(6)), query.personId())
                .stream().findFirst()
                .orElse(new SuccessionDetails(query.personId(), null, List.of(), null, null, null, null, -1));
    }

    private SuccessorDetails details(Named named) {
        try {
            PersonDetails p = queries.ask(new GetPerson(named.successorId()), PersonDetails.class);
            return new SuccessorDetails(p.id(), p.name(), p.title(), !"LEFT".equals(p.status()), named.readiness());
        } catch (NotFound e) {
            return new SuccessorDetails(named.successorId(), null, null, false, named.readiness());
        }
    }

    @QueryHandler
    SuccessionCoverage handle(GetSuccessionCoverage query) {
        LocalDate today = LocalDate.now(clock);
        OrgChart org = queries.ask(new GetOrgChart(today, null), OrgChart.class);
        Map<UUID, ChartPerson> active = org.people().stream().collect(Collectors.toMap(ChartPerson::id, Function.identity()));
        Set<UUID> teams = org.teams().stream().map(ChartTeam::id).collect(Collectors.toSet());
        if (query.teamId() != null) {
            try {
                queries.ask(new GetTeam(query.teamId()), TeamDetails.class);
            } catch (NotFound e) {
                throw InvalidInput.of("teamId", "no team with id " + query.teamId());
            }
            teams = queries.ask(new GetOrgChart(today, query.teamId()), OrgChart.class).teams().stream().map(ChartTeam::id)
                    .collect(Collectors.toSet());
            teams.add(query.teamId());
        }
        Map<UUID, List<String>> leads = new LinkedHashMap<>();
        for (ChartTeam team : org.teams()) {
            if (team.leadId() != null && active.containsKey(team.leadId())) {
                leads.computeIfAbsent(team.leadId(), k -> new ArrayList<>()).add(team.name());
            }
        }
        Map<UUID, SuccessionRisk> risks = new HashMap<>();
        jdbc.query("select person_id, risk from pipeline_succession", rs -> {
            risks.put(rs.getObject(1, UUID.class), SuccessionRisk.valueOf(rs.getString(2)));
        });
        List<UUID> critical = new ArrayList<>();
        Scope audience = ReadScope.current();
        for (ChartPerson person : org.people()) {
            SuccessionRisk risk = risks.get(person.id());
            if (teams.contains(person.teamId()) && audience.coversPerson(person.id()) && (leads.containsKey(person.id()) || (risk != null && risk.critical()))) {
                critical.add(person.id());
            }
        }
        Map<UUID, List<Named>> successors = successorsOf(critical);
        List<CriticalRole> roles = new ArrayList<>();
        for (UUID id : critical) {
            ChartPerson person = active.get(id);
            List<Named> named = successors.getOrDefault(id, List.of()).stream().filter(n -> active.containsKey(n.successorId())).toList();
            Readiness nearest = named.stream().map(Named::readiness).min(Comparator.naturalOrder()).orElse(null);
            roles.add(new CriticalRole(id, person.name(), person.title(), person.teamId(), risks.get(id),
                    leads.getOrDefault(id, List.of()), named.size(), nearest, nearest == Readiness.READY_NOW));
        }
        List<CriticalRole> uncovered = roles.stream().filter(r -> !r.covered())
                .sorted(Comparator.comparing((CriticalRole r) -> r.risk() == null ? 0 : -r.risk().ordinal())
                        .thenComparing(r -> r.name() == null ? "" : r.name()))
                .toList();
        return new SuccessionCoverage(roles.size(), roles.size() - uncovered.size(), uncovered);
    }

    private Map<UUID, List<Named>> successorsOf(List<UUID> people) {
        Map<UUID, List<Named>> byPerson = new HashMap<>();
        if (people.isEmpty()) {
            return byPerson;
        }
        jdbc.query("select person_id, successor_id, readiness from pipeline_successor where person_id = any(?)"
                + " order by person_id, ordinal", rs -> {
            byPerson.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new Named(rs.getObject(2, UUID.class), Readiness.valueOf(rs.getString(3))));
        }, (Object) people.toArray(UUID[]::new));
        return byPerson;
    }
}
