package io.cadre.planning.service;

import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.pipeline.api.GetPosition;
import io.cadre.pipeline.api.PositionDetails;
import io.cadre.planning.api.PlannedChange;
import io.cadre.planning.api.PlannedChangeDetails;
import io.cadre.planning.api.PlannedChangeStatus;
import io.cadre.planning.api.PlannedChangeType;
import io.cadre.planning.api.PlannedPosition;
import io.cadre.planning.api.ScenarioDetails;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Plan versus actual (product.md §3.4): each position a scenario opens, beside the live position it became once
 * applied (an applied position keeps the id the plan gave it), with its status and who filled it, named as the
 * directory names them.
 */
@Service
public class PlanVersusActual {

    private final ScenarioAccess access;
    private final Queries queries;
    private final Clock clock;

    PlanVersusActual(ScenarioAccess access, Queries queries, Clock clock) {
        this.access = access;
        this.queries = queries;
        this.clock = clock;
    }

    /** The positions the scenario opens, in planned order, each with what became of it. */
    public List<PlannedPosition> of(UUID scenarioId) {
        ScenarioDetails scenario = access.scenario(scenarioId);
        List<PlannedPosition> positions = new ArrayList<>();
        Map<LocalDate, Map<UUID, String>> directories = new HashMap<>();
        for (PlannedChangeDetails planned : scenario.changes()) {
            PlannedChange change = planned.change();
            if (change.type() != PlannedChangeType.OPEN_POSITION) {
                continue;
            }
            PositionDetails live = planned.status() == PlannedChangeStatus.APPLIED ? live(change.positionId()) : null;
            UUID filledBy = live == null ? null : live.filledBy();
            // Named as the directory shows them on the day they start (or today), when they are active.
            String filledByName = filledBy == null ? null : directories.computeIfAbsent(
                    live.filledOn() == null ? LocalDate.now(clock) : live.filledOn(), this::directory).get(filledBy);
            positions.add(new PlannedPosition(planned.id(), change.positionId(), change.title(), change.teamId(), change.level(),
                    change.effectiveDate(), planned.status(), live == null ? null : live.status().name(), filledBy,
                    filledByName, live == null ? null : live.filledOn()));
        }
        return positions;
    }

    private PositionDetails live(UUID positionId) {
        try {
            return queries.ask(new GetPosition(positionId), PositionDetails.class);
        } catch (NotFound e) {
            // Applied, but not yet in the pipeline's read model: shown as not yet live.
            return null;
        }
    }

    private Map<UUID, String> directory(LocalDate date) {
        OrgChart chart = queries.ask(new GetOrgChart(date, null), OrgChart.class);
        return chart.people().stream().collect(Collectors.toMap(ChartPerson::id, ChartPerson::name, (a, b) -> a));
    }
}
