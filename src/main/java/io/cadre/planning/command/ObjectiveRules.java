package io.cadre.planning.command;

import io.cadre.planning.api.ObjectiveStatus;
import io.cadre.planning.api.Period;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The rules an objective cannot judge alone: its team, the objective it is aligned under, and what today is. */
@Component
class ObjectiveRules {

    private final ObjectiveRegistry registry;
    private final TeamDirectory teams;
    private final Clock clock;

    ObjectiveRules(ObjectiveRegistry registry, TeamDirectory teams, Clock clock) {
        this.registry = registry;
        this.teams = teams;
        this.clock = clock;
    }

    ObjectiveRegistry registry() {
        return registry;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The team must exist and be active on the date: an objective belongs to a living team. */
    void requireActiveTeam(UUID teamId, LocalDate date) {
        TeamDirectory.TeamFacts team = teams.team(teamId).orElseThrow(() -> InvalidInput.of("teamId", "no team with id " + teamId));
        if (!team.activeOn(date)) {
            throw new RuleViolation("Team " + team.name() + " is not active on " + date
                    + (team.dissolvedOn() != null ? ": it was dissolved on " + team.dissolvedOn() : ": it is formed on " + team.formedOn()));
        }
    }

    /**
     * The parent must be an objective that is not dropped, of a team above this one (up to the whole organisation),
     * for a period that covers this one's.
     */
    void requireParent(UUID parentId, UUID teamId, Period period) {
        ObjectiveRegistry.Registered parent = registry.find(parentId)
                .orElseThrow(() -> InvalidInput.of("parentId", "no objective with id " + parentId));
        if (parent.status() == ObjectiveStatus.DROPPED) {
            throw new RuleViolation("The objective to align under was dropped");
        }
        if (!parent.period().covers(period)) {
            throw new RuleViolation("An objective for " + period + " can only be aligned under one whose period covers it; that one is for "
                    + parent.period());
        }
        if (!above(parent.teamId(), teamId)) {
            String name = teams.team(parent.teamId()).map(TeamDirectory.TeamFacts::name).orElse(parent.teamId().toString());
            throw new RuleViolation("The objective to align under belongs to " + name + ", which is not above this objective's team");
        }
    }

    private boolean above(UUID ancestor, UUID teamId) {
        Set<UUID> seen = new HashSet<>();
        UUID current = teams.team(teamId).map(TeamDirectory.TeamFacts::parentId).orElse(null);
        while (current != null && seen.add(current)) {
            if (current.equals(ancestor)) {
                return true;
            }
            current = teams.team(current).map(TeamDirectory.TeamFacts::parentId).orElse(null);
        }
        return false;
    }
}
