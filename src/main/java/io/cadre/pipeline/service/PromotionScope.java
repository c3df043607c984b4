package io.cadre.pipeline.service;

import io.cadre.platform.security.Scope;
import io.cadre.platform.security.ScopeDecision;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Whose promotion cases the signed-in user may nominate, act on and see: the user's scope as {@link ScopeDecision}
 * decides it for every capability (one rule), plus the pipeline's own: no one nominates themselves or acts on their
 * own case unless ADMIN or HR.
 */
@Component
public class PromotionScope {

    private final ScopeDecision decision;

    public PromotionScope(ScopeDecision decision) {
        this.decision = decision;
    }

    /** Whether the signed-in user may nominate the person, or act on their cases; never for oneself unless ADMIN or HR. */
    public boolean mayActFor(UUID personId) {
        Scope scope = decision.current();
        if (scope.everyone()) {
            return true;
        }
        Optional<UUID> me = decision.me();
        return me.isPresent() && !me.get().equals(personId) && scope.coversPerson(personId);
    }

    /** Whether the signed-in user may see the person's cases. */
    public boolean maySee(UUID personId) {
        return decision.current().coversPerson(personId);
    }

    /** The people whose cases the signed-in user may see, or empty for everyone. */
    public Optional<Set<UUID>> visiblePeople() {
        Scope scope = decision.current();
        return scope.everyone() ? Optional.empty() : Optional.of(scope.people());
    }

    /** Whether the team is in the signed-in user's scope: a director's reach, which succession plans share. */
    public boolean leadsTeamAtOrAbove(UUID teamId) {
        return decision.current().coversTeam(teamId);
    }

    /** The items of a list about people in the signed-in user's scope. */
    public <T> List<T> visible(List<T> items, Function<T, UUID> personOf) {
        Scope scope = decision.current();
        return scope.everyone() ? items : items.stream().filter(i -> scope.coversPerson(personOf.apply(i))).toList();
    }
}
