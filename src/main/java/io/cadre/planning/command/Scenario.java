package io.cadre.planning.command;

import io.cadre.planning.api.ChangePlanned;
import io.cadre.planning.api.CreateScenario;
import io.cadre.planning.api.DropPlannedChange;
import io.cadre.planning.api.MarkChangeApplied;
import io.cadre.planning.api.PlanChange;
import io.cadre.planning.api.PlannedChangeApplied;
import io.cadre.planning.api.PlannedChangeDropped;
import io.cadre.planning.api.PlannedChangeRevised;
import io.cadre.planning.api.PlannedChangeStatus;
import io.cadre.planning.api.RevisePlannedChange;
import io.cadre.planning.api.ScenarioCreated;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A plan over the live org: its own stream of planned changes, never the org's. It guards where each change stands
 * (planned, dropped, applied); the org's rules judge the changes themselves, over the scenario's org, before they come.
 */
@Aggregate
class Scenario {

    @AggregateIdentifier
    private UUID scenarioId;
    private final Map<UUID, PlannedChangeStatus> changes = new HashMap<>();

    Scenario() {
    }

    @CommandHandler
    Scenario(CreateScenario command) {
        AggregateLifecycle.apply(new ScenarioCreated(command.scenarioId(), command.name().strip(), command.baseDate(),
                command.rootTeamId(), command.owner()));
    }

    @CommandHandler
    long handle(PlanChange command) {
        if (changes.containsKey(command.changeId())) {
            throw new RuleViolation("This scenario already holds a change with id " + command.changeId());
        }
        return applied(new ChangePlanned(scenarioId, command.changeId(), command.change()));
    }

    @CommandHandler
    long handle(DropPlannedChange command) {
        requireStillPlanned(command.changeId(), "dropped");
        return applied(new PlannedChangeDropped(scenarioId, command.changeId()));
    }

    @CommandHandler
    long handle(RevisePlannedChange command) {
        requireStillPlanned(command.changeId(), "edited");
        return applied(new PlannedChangeRevised(scenarioId, command.changeId(), command.change()));
    }

    @CommandHandler
    long handle(MarkChangeApplied command) {
        requireStillPlanned(command.changeId(), "applied");
        return applied(new PlannedChangeApplied(scenarioId, command.changeId()));
    }

    private void requireStillPlanned(UUID changeId, String what) {
        PlannedChangeStatus status = changes.get(changeId);
        if (status == null) {
            throw new NotFound("No planned change with id " + changeId + " in this scenario");
        }
        if (status != PlannedChangeStatus.PLANNED) {
            throw new RuleViolation("This planned change was " + status.name().toLowerCase() + " already; it cannot be " + what);
        }
    }

    private static long applied(Object event) {
        long version = AggregateLifecycle.getVersion() + 1;
        AggregateLifecycle.apply(event);
        return version;
    }

    @EventSourcingHandler
    void on(ScenarioCreated event) {
        scenarioId = event.scenarioId();
    }

    @EventSourcingHandler
    void on(ChangePlanned event) {
        changes.put(event.changeId(), PlannedChangeStatus.PLANNED);
    }

    @EventSourcingHandler
    void on(PlannedChangeDropped event) {
        changes.put(event.changeId(), PlannedChangeStatus.DROPPED);
    }

    @EventSourcingHandler
    void on(PlannedChangeApplied event) {
        changes.put(event.changeId(), PlannedChangeStatus.APPLIED);
    }
}
