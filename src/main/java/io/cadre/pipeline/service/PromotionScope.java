package io.cadre.pipeline.service;

import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.GetTeam;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.PersonDetails;
import io.cadre.org.api.TeamDetails;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.security.LinkedPeople;
import io.cadre.platform.security.SignedIn;
import io.cadre.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whose promotion cases the signed-in user may nominate, act on and see, judged on the organisation as it stands today:
 * ADMIN and HR everyone; a DIRECTOR the people in the teams their linked person leads and below, and their reports; a
 * MANAGER their direct and indirect reports; anyone their own cases (to see, never to nominate).
 */
@Component
public class PromotionScope {

    private static final int DEEPEST = 100;

    private final Queries queries;
    private final LinkedPeople linked;
    private final Clock clock;

    public PromotionScope(Queries queries, LinkedPeople linked, Clock clock) {
        this.queries = queries;
        this.linked = linked;
        this.clock = clock;
    }

    /** Whether the signed-in user may nominate the person, or act on their cases; never for oneself unless ADMIN or HR. */
    public boolean mayActFor(UUID personId) {
        if (SignedIn.asAny("ADMIN", "HR")) {
            return true;
        }
        Optional<UUID> me = me();
        if (me.isEmpty() || me.get().equals(personId)) {
            return false;
        }
        PersonDetails person;
        try {
            person = queries.ask(new GetPerson(personId), PersonDetails.class);
        } catch (NotFound e) {
            return false;
        }
        if (SignedIn.asAny("DIRECTOR", "MANAGER") && managesUp(person, me.get())) {
            return true;
        }
        return SignedIn.asAny("DIRECTOR") && leadsTeamAbove(person.teamId(), me.get());
    }

    /** Whether the signed-in user may see the person's cases. */
    public boolean maySee(UUID personId) {
        return me().map(personId::equals).orElse(false) || mayActFor(personId);
    }

    /** The people whose cases the signed-in user may see, or empty for everyone. */
    public Optional<Set<UUID>> visiblePeople() {
        if (SignedIn.asAny("ADMIN", "HR")) {
            return Optional.empty();
        }
        Set<UUID> visible = new HashSet<>();
        Optional<UUID> me = me();
        if (me.isEmpty()) {
            return Optional.of(visible);
        }
        visible.add(me.get());
        if (!SignedIn.asAny("DIRECTOR", "MANAGER")) {
            return Optional.of(visible);
        }
        OrgChart chart = queries.ask(new GetOrgChart(LocalDate.now(clock), null), OrgChart.class);
        Map<UUID, UUID> managerOf = new HashMap<>();
        chart.people().forEach(p -> managerOf.put(p.id(), p.managerId()));
        Map<UUID, ChartTeam> teams = new HashMap<>();
        chart.teams().forEach(t -> teams.put(t.id(), t));
        boolean director = SignedIn.asAny("DIRECTOR");
        for (ChartPerson person : chart.people()) {
            if (above(managerOf, person.id(), me.get()) || director && ledAbove(teams, person.teamId(), me.get())) {
                visible.add(person.id());
            }
        }
        return Optional.of(visible);
    }

    private static boolean above(Map<UUID, UUID> managerOf, UUID personId, UUID me) {
        UUID manager = managerOf.get(personId);
        for (int depth = 0; manager != null && depth < DEEPEST; depth++) {
            if (manager.equals(me)) {
                return true;
            }
            manager = managerOf.get(manager);
        }
        return false;
    }

    private static boolean ledAbove(Map<UUID, ChartTeam> teams, UUID teamId, UUID me) {
        ChartTeam team = teamId == null ? null : teams.get(teamId);
        for (int depth = 0; team != null && depth < DEEPEST; depth++) {
            if (me.equals(team.leadId())) {
                return true;
            }
            team = team.parentId() == null ? null : teams.get(team.parentId());
        }
        return false;
    }

    private boolean managesUp(PersonDetails person, UUID me) {
        UUID manager = person.managerId();
        for (int depth = 0; manager != null && depth < DEEPEST; depth++) {
            if (manager.equals(me)) {
                return true;
            }
            manager = queries.ask(new GetPerson(manager), PersonDetails.class).managerId();
        }
        return false;
    }

    /**
     * Whether the signed-in user's linked person leads the team or a team above it today: a director's reach, which
     * succession plans share.
     */
    public boolean leadsTeamAtOrAbove(UUID teamId) {
        return me().map(me -> leadsTeamAbove(teamId, me)).orElse(false);
    }

    private boolean leadsTeamAbove(UUID teamId, UUID me) {
        UUID current = teamId;
        for (int depth = 0; current != null && depth < DEEPEST; depth++) {
            TeamDetails team = queries.ask(new GetTeam(current), TeamDetails.class);
            if (Objects.equals(team.leadId(), me)) {
                return true;
            }
            current = team.parentId();
        }
        return false;
    }

    private static Optional<UUID> meOf(LinkedPeople linked) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Optional.empty() : linked.personOf(authentication.getName());
    }

    private Optional<UUID> me() {
        return meOf(linked);
    }

    /** The people of a list the signed-in user may see. */
    public <T> List<T> visible(List<T> items, java.util.function.Function<T, UUID> personOf) {
        Optional<Set<UUID>> people = visiblePeople();
        return people.map(set -> items.stream().filter(i -> set.contains(personOf.apply(i))).toList()).orElse(items);
    }
}
