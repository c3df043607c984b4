package io.cadre.planning.service;

import io.cadre.org.api.GetTeam;
import io.cadre.org.api.OrgRehearsal;
import io.cadre.org.api.TeamDetails;
import io.cadre.planning.api.AppliedChange;
import io.cadre.planning.api.CreateScenario;
import io.cadre.planning.api.DropPlannedChange;
import io.cadre.planning.api.MarkChangeApplied;
import io.cadre.planning.api.PlanChange;
import io.cadre.planning.api.PlannedChange;
import io.cadre.planning.api.PlannedChangeDetails;
import io.cadre.planning.api.PlannedChangeStatus;
import io.cadre.planning.api.PlannedChangeType;
import io.cadre.planning.api.RevisePlannedChange;
import io.cadre.planning.api.ScenarioDetails;
import io.cadre.platform.gateway.CommandContext;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotAllowed;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Starts scenarios, plans and drops their changes and applies them. A change is planned only once the org's own rules
 * accept it over the scenario's org: the live org with the scenario's changes still planned laid over it, rehearsed
 * ({@link OrgRehearsal}) with the new change last. Applying sends each chosen change as its live command.
 */
@Service
public class ScenarioPlanner {

    private final Commands commands;
    private final Queries queries;
    private final OrgRehearsal rehearsal;
    private final LiveCommands live;
    private final ScenarioAccess access;

    ScenarioPlanner(Commands commands, Queries queries, OrgRehearsal rehearsal, LiveCommands live, ScenarioAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.rehearsal = rehearsal;
        this.live = live;
        this.access = access;
    }

    /** The new scenario's id and version. */
    public Map<String, Object> create(String name, LocalDate baseDate, UUID rootTeamId, String reason) {
        if (rootTeamId != null) {
            try {
                queries.ask(new GetTeam(rootTeamId), TeamDetails.class);
            } catch (NotFound e) {
                throw InvalidInput.of("rootTeamId", "no team with id " + rootTeamId);
            }
        }
        UUID id = UUID.randomUUID();
        long version = commands.send(new CreateScenario(id, name, baseDate, rootTeamId, ScenarioAccess.user()), id, reason);
        return Map.of("id", id, "version", version);
    }

    /** Plans the change after the rules accept it over the scenario's org; answers its id and the scenario's version. */
    public Map<String, Object> plan(UUID scenarioId, PlannedChange asked) {
        ScenarioDetails scenario = access.scenario(scenarioId);
        PlannedChange change = asked.withIds(asked.type() == PlannedChangeType.FORM_TEAM ? UUID.randomUUID() : asked.teamId(),
                asked.type() == PlannedChangeType.OPEN_POSITION ? UUID.randomUUID() : asked.positionId());
        List<PlannedChange> played = new ArrayList<>(planned(scenario).stream().map(PlannedChangeDetails::change).toList());
        played.add(change);
        judge(scenario, played, played.size() - 1);
        UUID changeId = UUID.randomUUID();
        long version = commands.send(new PlanChange(scenarioId, changeId, change), scenarioId, null);
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("id", changeId);
        answer.put("version", version);
        answer.put("teamId", change.teamId());
        answer.put("positionId", change.positionId());
        return answer;
    }

    /**
     * Replaces a change still planned by another, in its place, after the rules accept the new one over the scenario's
     * org with the changes before it; a team or position the old change made keeps its id, so the changes that name it
     * still do. Answers the scenario's version.
     */
    public long revise(UUID scenarioId, UUID changeId, PlannedChange asked) {
        ScenarioDetails scenario = access.scenario(scenarioId);
        PlannedChangeDetails old = scenario.changes().stream().filter(c -> c.id().equals(changeId)).findFirst()
                .orElseThrow(() -> new NotFound("No planned change with id " + changeId + " in this scenario"));
        if (old.status() != PlannedChangeStatus.PLANNED) {
            throw new RuleViolation("This planned change was " + old.status().name().toLowerCase() + " already; it cannot be edited");
        }
        PlannedChange was = old.change();
        PlannedChange change = asked.withIds(asked.type() != PlannedChangeType.FORM_TEAM ? asked.teamId()
                        : was.type() == PlannedChangeType.FORM_TEAM ? was.teamId() : UUID.randomUUID(),
                asked.type() != PlannedChangeType.OPEN_POSITION ? asked.positionId()
                        : was.type() == PlannedChangeType.OPEN_POSITION ? was.positionId() : UUID.randomUUID());
        List<PlannedChangeDetails> planned = planned(scenario);
        judge(scenario, planned.stream().map(c -> c.id().equals(changeId) ? change : c.change()).toList(), planned.indexOf(old));
        return commands.send(new RevisePlannedChange(scenarioId, changeId, change), scenarioId, null);
    }

    /** Refuses the change at {@code index} of the plan as the live call would: its fields (400), or the org's rules over those before it. */
    private void judge(ScenarioDetails scenario, List<PlannedChange> played, int index) {
        PlannedChange change = played.get(index);
        List<FieldError> errors = new ArrayList<>();
        if (change.effectiveDate() != null && change.effectiveDate().isBefore(scenario.baseDate())) {
            errors.add(new FieldError("effectiveDate", "must be on or after the scenario's base date " + scenario.baseDate()));
        }
        if (change.reason() != null && change.reason().length() > 2000) {
            errors.add(new FieldError("reason", "size must be between 0 and 2000"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        LiveCommands.Live command = live.of(change);
        RuntimeException refusal = rehearsal.rehearse(played.stream().map(c -> live.of(c).command()).toList(), null, null)
                .refusals().get(index);
        if (refusal instanceof NotFound missing) {
            throw InvalidInput.of(command.subjectField(), missing.getMessage());
        }
        if (refusal != null) {
            throw refusal;
        }
    }

    public long drop(UUID scenarioId, UUID changeId) {
        access.scenario(scenarioId);
        return commands.send(new DropPlannedChange(scenarioId, changeId), scenarioId, null);
    }

    /**
     * Records each chosen change, in the scenario's order, as its live command with the reason "Scenario name: reason" and
     * the scenario in its metadata; each one recorded is marked applied in the scenario. One refused leaves the others.
     */
    public List<AppliedChange> apply(UUID scenarioId, List<UUID> changeIds) {
        ScenarioDetails scenario = access.scenario(scenarioId);
        if (changeIds == null || changeIds.isEmpty()) {
            throw InvalidInput.of("changeIds", "choose at least one planned change");
        }
        Set<UUID> chosen = new HashSet<>(changeIds);
        Set<UUID> known = new HashSet<>(scenario.changes().stream().map(PlannedChangeDetails::id).toList());
        List<FieldError> unknown = chosen.stream().filter(id -> !known.contains(id))
                .map(id -> new FieldError("changeIds", "no planned change with id " + id + " in this scenario")).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
        List<AppliedChange> results = new ArrayList<>();
        for (PlannedChangeDetails change : scenario.changes()) {
            if (chosen.contains(change.id())) {
                results.add(apply(scenario, change));
            }
        }
        return results;
    }

    private AppliedChange apply(ScenarioDetails scenario, PlannedChangeDetails change) {
        if (change.status() != PlannedChangeStatus.PLANNED) {
            return new AppliedChange(change.id(), false, "This planned change was " + change.status().name().toLowerCase() + " already");
        }
        LiveCommands.Live command = live.of(change.change());
        String why = change.change().reason() == null || change.change().reason().isBlank() ? change.change().type().name()
                : change.change().reason().strip();
        try {
            commands.send(command.command(), command.subjectId(), "Scenario " + scenario.name() + ": " + why,
                    Map.of(CommandContext.SCENARIO_ID, scenario.id().toString()));
        } catch (RuleViolation | InvalidInput | NotFound | NotAllowed e) {
            return new AppliedChange(change.id(), false, e.getMessage());
        }
        commands.send(new MarkChangeApplied(scenario.id(), change.id()), scenario.id(), null);
        return new AppliedChange(change.id(), true, null);
    }

    /** The scenario's changes still planned, in their order. */
    static List<PlannedChangeDetails> planned(ScenarioDetails scenario) {
        return scenario.changes().stream().filter(c -> c.status() == PlannedChangeStatus.PLANNED).toList();
    }
}
