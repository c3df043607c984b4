package io.cadre.planning.service;

import io.cadre.planning.api.FindObjectives;
import io.cadre.planning.api.GetObjective;
import io.cadre.planning.api.KeyResultDraft;
import io.cadre.planning.api.KeyResultDetails;
import io.cadre.planning.api.NextPeriodPlan;
import io.cadre.planning.api.ObjectiveStatus;
import io.cadre.planning.api.ObjectiveDetails;
import io.cadre.planning.api.Period;
import io.cadre.planning.api.PlanNextPeriod;
import io.cadre.planning.api.WriteObjective;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.org.api.GetTeam;
import io.cadre.org.api.TeamDetails;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * "Plan next quarter": writes, as drafts for the next period, the objectives of the period that were not achieved, for
 * the director to keep, edit or drop. Each key result starts where it got to; one that reached its target stays behind;
 * the alignment is kept when the parent's period covers the next one too. Planning twice carries nothing twice.
 */
@Service
public class NextPeriodPlanner {

    private final Commands commands;
    private final Queries queries;
    private final Clock clock;

    NextPeriodPlanner(Commands commands, Queries queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    public NextPeriodPlan plan(PlanNextPeriod request, String reason) {
        LocalDate today = LocalDate.now(clock);
        if (request.teamId() != null) {
            try {
                queries.ask(new GetTeam(request.teamId()), TeamDetails.class);
            } catch (NotFound e) {
                throw InvalidInput.of("teamId", "no team with id " + request.teamId());
            }
        }
        Period from = request.period() != null ? Period.parse("period", request.period()) : Period.quarterOf(today);
        Period to = from.next();
        List<ObjectiveDetails> candidates = queries.askList(new FindObjectives(request.teamId(), from.toString(), request.includeSubteams(),
                today), ObjectiveDetails.class).stream().filter(o -> o.period().equals(from.toString())).toList();
        Set<UUID> carried = queries.askList(new FindObjectives(request.teamId(), to.toString(), request.includeSubteams(), today),
                ObjectiveDetails.class).stream().map(ObjectiveDetails::carriedFrom).filter(Objects::nonNull).collect(Collectors.toSet());
        List<NextPeriodPlan.Carried> created = new ArrayList<>();
        List<NextPeriodPlan.Left> left = new ArrayList<>();
        for (ObjectiveDetails objective : candidates) {
            String why = objective.status() == ObjectiveStatus.ACHIEVED ? "achieved"
                    : objective.status() == ObjectiveStatus.DROPPED ? "dropped"
                    : carried.contains(objective.id()) ? "already carried into " + to
                    : objective.teamDissolved() ? "its team is dissolved" : null;
            if (why != null) {
                left.add(new NextPeriodPlan.Left(objective.id(), objective.title(), why));
                continue;
            }
            UUID id = UUID.randomUUID();
            try {
                commands.send(new WriteObjective(id, objective.teamId(), to.toString(), objective.title(), objective.description(),
                        parentFor(objective, to), objective.id(), keyResults(objective), today), id,
                        reason != null && !reason.isBlank() ? reason : "Carried from " + from + ": not achieved");
                created.add(new NextPeriodPlan.Carried(id, objective.id(), objective.teamId(), objective.title()));
            } catch (RuleViolation e) {
                left.add(new NextPeriodPlan.Left(objective.id(), objective.title(), e.getMessage()));
            }
        }
        return new NextPeriodPlan(from.toString(), to.toString(), created, left);
    }

    private static List<KeyResultDraft> keyResults(ObjectiveDetails objective) {
        return objective.keyResults().stream().filter(k -> k.current().compareTo(k.target()) != 0 && k.progress() < 1)
                .map((KeyResultDetails k) -> new KeyResultDraft(k.title(), k.unit(), k.current(), k.target())).toList();
    }

    /** The parent stays when its period covers the next one and it is not closed; else the draft waits to be aligned anew. */
    private UUID parentFor(ObjectiveDetails objective, Period to) {
        if (objective.parentId() == null) {
            return null;
        }
        try {
            ObjectiveDetails parent = queries.ask(new GetObjective(objective.parentId(), null), ObjectiveDetails.class);
            boolean open = !parent.status().closed();
            return open && Period.parse("period", parent.period()).covers(to) ? parent.id() : null;
        } catch (NotFound e) {
            return null;
        }
    }
}
