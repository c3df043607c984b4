package io.cadre.planning.service;

import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.OrgRehearsal;
import io.cadre.planning.api.OrgFigures;
import io.cadre.planning.api.PlannedChange;
import io.cadre.planning.api.PlannedChangeDetails;
import io.cadre.planning.api.PlannedChangeType;
import io.cadre.planning.api.ScenarioChart;
import io.cadre.planning.api.ScenarioComparison;
import io.cadre.planning.api.ScenarioConflict;
import io.cadre.planning.api.ScenarioDetails;
import io.cadre.planning.api.ScenarioImpact;
import io.cadre.planning.api.ScenarioPerson;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What a scenario makes of the org: its chart on a date, its impact beside the live org's, and its conflicts with the
 * live org as it stands now. Each is one rehearsal of the changes still planned over today's live org.
 */
@Service
public class ScenarioViews {

    private final Queries queries;
    private final OrgRehearsal rehearsal;
    private final LiveCommands live;
    private final ScenarioAccess access;
    private final SalaryBands bands;

    ScenarioViews(Queries queries, OrgRehearsal rehearsal, LiveCommands live, ScenarioAccess access, SalaryBands bands) {
        this.queries = queries;
        this.rehearsal = rehearsal;
        this.live = live;
        this.access = access;
        this.bands = bands;
    }

    /** The chart as the scenario makes it on the date; planned positions stand among the people, marked planned. */
    public ScenarioChart chart(UUID scenarioId, LocalDate asOf) {
        return chart(access.scenario(scenarioId), asOf);
    }

    private ScenarioChart chart(ScenarioDetails scenario, LocalDate asOf) {
        List<PlannedChangeDetails> planned = ScenarioPlanner.planned(scenario);
        OrgRehearsal.Rehearsal played = rehearsal.rehearse(planned.stream().map(c -> live.of(c.change()).command()).toList(), asOf,
                scenario.rootTeamId());
        OrgChart chart = played.chart();
        Map<UUID, PlannedChange> positions = new LinkedHashMap<>();
        for (int i = 0; i < planned.size(); i++) {
            PlannedChange change = planned.get(i).change();
            if (played.refusals().get(i) != null || change.effectiveDate().isAfter(asOf)) {
                continue;
            }
            if (change.type() == PlannedChangeType.OPEN_POSITION) {
                positions.put(change.positionId(), change);
            } else if (change.type() == PlannedChangeType.CLOSE_POSITION) {
                positions.remove(change.positionId());
            }
        }
        Set<UUID> teams = chart.teams().stream().map(ChartTeam::id).collect(Collectors.toSet());
        List<ScenarioPerson> people = new ArrayList<>();
        for (ChartPerson person : chart.people()) {
            people.add(new ScenarioPerson(person.id(), person.name(), person.title(), person.teamId(), person.managerId(),
                    person.level(), false));
        }
        positions.values().stream().filter(p -> teams.contains(p.teamId())).forEach(p -> people.add(new ScenarioPerson(
                p.positionId(), "Planned: " + p.title(), p.title(), p.teamId(), p.managerId(), p.level(), true)));
        return new ScenarioChart(asOf, chart.teams(), people);
    }

    /** The live org and the scenario's on the date, for the scenario's subtree; cost only for those who may see pay. */
    public ScenarioImpact impact(UUID scenarioId, LocalDate asOf) {
        ScenarioDetails scenario = access.scenario(scenarioId);
        return impact(scenario, asOf, queries.ask(new GetOrgChart(asOf, scenario.rootTeamId()), OrgChart.class));
    }

    /** The same, beside a live chart of the scenario's subtree on the date that the caller has already asked for. */
    public ScenarioImpact impact(ScenarioDetails scenario, LocalDate asOf, OrgChart before) {
        ScenarioChart after = chart(scenario, asOf);
        Function<String, BigDecimal> pay = access.maySeeCost(scenario.rootTeamId()) ? bands.midPoints() : null;
        OrgFigures was = ScenarioFigures.of(before.people().stream().map(p -> new ScenarioPerson(p.id(), p.name(), p.title(),
                p.teamId(), p.managerId(), p.level(), false)).toList(), pay);
        return new ScenarioImpact(asOf, was, ScenarioFigures.of(after.people(), pay));
    }

    /** Two scenarios of the user's side by side on the date, each beside the live org of its own subtree. */
    public ScenarioComparison compare(UUID scenarioId, UUID otherId, LocalDate asOf) {
        if (otherId == null) {
            throw InvalidInput.of("with", "name the scenario to compare with");
        }
        if (otherId.equals(scenarioId)) {
            throw InvalidInput.of("with", "choose another scenario than the one compared");
        }
        return new ScenarioComparison(asOf, side(scenarioId, asOf), side(otherId, asOf));
    }

    private ScenarioComparison.Side side(UUID scenarioId, LocalDate asOf) {
        ScenarioImpact impact = impact(scenarioId, asOf);
        return new ScenarioComparison.Side(scenarioId, access.scenario(scenarioId).name(), impact.before(), impact.after());
    }

    /** The changes still planned that the live org as it now stands refuses, each with the fact that breaks it. */
    public List<ScenarioConflict> conflicts(UUID scenarioId) {
        ScenarioDetails scenario = access.scenario(scenarioId);
        List<PlannedChangeDetails> planned = ScenarioPlanner.planned(scenario);
        List<RuntimeException> refusals = rehearsal.rehearse(planned.stream().map(c -> live.of(c.change()).command()).toList(),
                null, null).refusals();
        List<ScenarioConflict> conflicts = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            if (refusals.get(i) != null) {
                PlannedChangeDetails change = planned.get(i);
                conflicts.add(new ScenarioConflict(change.id(), change.change().type(), change.change().effectiveDate(),
                        refusals.get(i).getMessage()));
            }
        }
        return conflicts;
    }
}
