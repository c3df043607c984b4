package io.cadre.platform.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that decides a user's scope (product.md §7.5), which the command bus ({@link CommandAuthorization}),
 * the query bus ({@link ReadScopeCheck}) and every feature ask: Cadre itself, ADMIN and HR everyone; a DIRECTOR the
 * teams their linked person leads on the date and every team below, with their people; a MANAGER their direct and
 * indirect reports on the date; anyone linked to a person themselves; a user linked to no person nobody beyond the
 * directory. Roles combine. Decided on the org as it stands on the date, so a director's scope follows the org.
 */
@Component
public class ScopeDecision {

    private final LinkedPeople linked;
    private final OrgReach reach;
    private final Clock clock;

    public ScopeDecision(LinkedPeople linked, OrgReach reach, Clock clock) {
        this.linked = linked;
        this.reach = reach;
        this.clock = clock;
    }

    /** The signed-in user's scope today. */
    public Scope current() {
        return of(SecurityContextHolder.getContext().getAuthentication(), today());
    }

    /** The signed-in user's scope on the date (today when null). */
    public Scope currentOn(LocalDate date) {
        return of(SecurityContextHolder.getContext().getAuthentication(), date == null ? today() : date);
    }

    /** The user's scope on the date (today when null). */
    public Scope of(Authentication user, LocalDate date) {
        LocalDate on = date == null ? today() : date;
        Set<String> held = authorities(user);
        if (held.contains(SystemIdentity.AUTHORITY) || held.contains("ROLE_ADMIN") || held.contains("ROLE_HR")) {
            return Scope.EVERYONE;
        }
        Optional<UUID> me = linkedPerson(user);
        if (me.isEmpty()) {
            return Scope.NOBODY;
        }
        Set<UUID> people = new HashSet<>(Set.of(me.get()));
        Set<UUID> teams = new HashSet<>();
        if (held.contains("ROLE_DIRECTOR")) {
            teams.addAll(reach.teamsLedBy(me.get(), on));
            people.addAll(reach.peopleBelowTeamsLedBy(me.get(), on));
        }
        if (held.contains("ROLE_MANAGER")) {
            people.addAll(reach.reportsOf(me.get(), on));
        }
        return new Scope(false, people, teams);
    }

    /** The person the signed-in user is, if linked. */
    public Optional<UUID> me() {
        return linkedPerson(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * Whether the signed-in user may see pay (salary bands, costs) at all: ADMIN and HR, and a DIRECTOR who leads a
     * subtree today (their own).
     */
    public boolean seesPay() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        Scope scope = of(user, today());
        return scope.everyone() || authorities(user).contains("ROLE_DIRECTOR") && !scope.teams().isEmpty();
    }

    /** Whether the signed-in user may see the cost of a subtree (the whole organisation when null). */
    public boolean seesPayFor(UUID rootTeamId) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        Scope scope = of(user, today());
        return scope.everyone() || authorities(user).contains("ROLE_DIRECTOR") && rootTeamId != null && scope.coversTeam(rootTeamId);
    }

    /** Whether the id names a person of the organisation rather than a team or nothing. */
    public boolean isPerson(UUID id) {
        return reach.isPerson(id);
    }

    /** Whether the id names a person or a team of the organisation. */
    public boolean isKnown(UUID id) {
        return reach.isKnown(id);
    }

    private Optional<UUID> linkedPerson(Authentication user) {
        return user == null || !user.isAuthenticated() ? Optional.empty() : linked.personOf(user.getName());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Set<String> authorities(Authentication user) {
        if (user == null || !user.isAuthenticated()) {
            return Set.of();
        }
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
