package io.cadre.org.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The port through which a plan is tried on the live organisation without changing it: the commands are sent in their
 * order through the same handlers, aggregates and rules ({@code OrgRules} on the command side's timeline) as live ones,
 * each against the organisation with those before it laid over, inside one transaction that is always rolled back.
 * Nothing of a rehearsal is ever recorded: no event, no rule row, no read model. Any capability's commands may be
 * rehearsed (a position of the pipeline with the teams it names), as the signed-in user, who must be allowed to send them.
 */
public interface OrgRehearsal {

    /**
     * Plays the commands in order; a command refused leaves no trace and the others go on without it. With
     * {@code chartDate}, also answers the org chart on that date as the commands that stand make it, for the whole
     * organisation or from {@code rootTeamId} down.
     */
    Rehearsal rehearse(List<Object> commands, LocalDate chartDate, UUID rootTeamId);

    /**
     * What a rehearsal found: per command, in order, the domain's refusal it met ({@code InvalidInput}, {@code NotFound},
     * {@code RuleViolation} or {@code NotAllowed} of {@code shared}; null when it stands), and the chart asked for.
     */
    record Rehearsal(List<RuntimeException> refusals, OrgChart chart) {
    }
}
