package io.cadre.pipeline.command;

import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.PersonDetails;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.security.LinkedPeople;
import io.cadre.platform.security.SystemIdentity;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotAllowed;
import io.cadre.shared.NotFound;
import io.cadre.shared.Role;
import io.cadre.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a succession plan refers to: a person the organisation still has, in the sender's scope (HR, ADMIN and Cadre
 * itself everywhere; a director only in the subtree of the teams their linked person leads), and active successors.
 */
@Component
class SuccessionRules {

    private final Queries queries;
    private final LinkedPeople linked;
    private final Clock clock;

    SuccessionRules(Queries queries, LinkedPeople linked, Clock clock) {
        this.queries = queries;
        this.linked = linked;
        this.clock = clock;
    }

    void requireSubject(UUID personId) {
        PersonDetails person = queries.ask(new GetPerson(personId), PersonDetails.class);
        if ("LEFT".equals(person.status())) {
            throw new RuleViolation(person.name() + " left on " + person.leftOn() + "; a succession plan is for people still here");
        }
        requireInScope(person);
    }

    void requireActiveSuccessor(String field, UUID personId) {
        PersonDetails successor;
        try {
            successor = queries.ask(new GetPerson(personId), PersonDetails.class);
        } catch (NotFound e) {
            throw InvalidInput.of(field, "no person with id " + personId);
        }
        if ("LEFT".equals(successor.status())) {
            throw new RuleViolation(successor.name() + " left on " + successor.leftOn() + " and cannot be named a successor");
        }
    }

    private void requireInScope(PersonDetails person) {
        Authentication sender = SecurityContextHolder.getContext().getAuthentication();
        Set<String> held = new HashSet<>();
        if (sender != null) {
            sender.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(held::add);
        }
        if (held.contains(SystemIdentity.AUTHORITY) || held.contains("ROLE_" + Role.ADMIN) || held.contains("ROLE_" + Role.HR)) {
            return;
        }
        UUID director = sender == null ? null : linked.personOf(sender.getName()).orElse(null);
        if (director == null) {
            throw new NotAllowed("A director plans succession in the teams they lead; " + (sender == null ? "nobody" : sender.getName())
                    + " is linked to no person");
        }
        if (!subtreeLedBy(director).contains(person.teamId())) {
            throw new NotAllowed("A director plans succession in the teams they lead and below; " + person.name() + " is outside them");
        }
    }

    /** The teams the person leads today and every team below them. */
    private Set<UUID> subtreeLedBy(UUID lead) {
        LocalDate today = LocalDate.now(clock);
        Set<UUID> teams = new HashSet<>();
        for (ChartTeam team : queries.ask(new GetOrgChart(today, null), OrgChart.class).teams()) {
            if (lead.equals(team.leadId()) && teams.add(team.id())) {
                queries.ask(new GetOrgChart(today, team.id()), OrgChart.class).teams().forEach(t -> teams.add(t.id()));
            }
        }
        return teams;
    }
}
