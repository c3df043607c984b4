package io.cadre.platform.security;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Whom a user may see and act on beyond the directory and the org chart, on one date: everyone (ADMIN, HR, Cadre
 * itself), or a set of people and teams ({@link ScopeDecision} decides it).
 *
 * @param everyone whether the scope has no limit
 * @param people   the people in scope when it has one
 * @param teams    the teams in scope when it has one (a director's subtree)
 */
public record Scope(boolean everyone, Set<UUID> people, Set<UUID> teams) {

    /** No limit: ADMIN, HR and Cadre's own work. */
    public static final Scope EVERYONE = new Scope(true, Set.of(), Set.of());

    /** Nobody beyond the directory: a user linked to no person. */
    public static final Scope NOBODY = new Scope(false, Set.of(), Set.of());

    public Scope {
        people = Set.copyOf(people);
        teams = Set.copyOf(teams);
    }

    /** Whether the person is in scope. */
    public boolean coversPerson(UUID personId) {
        return everyone || personId != null && people.contains(personId);
    }

    /** Whether the team is in scope; null (the top of the organisation) only for a scope without limit. */
    public boolean coversTeam(UUID teamId) {
        return everyone || teamId != null && teams.contains(teamId);
    }

    /** Whether the person or team is in scope; null (the top of the organisation) only for a scope without limit. */
    public boolean covers(UUID subjectId) {
        return coversPerson(subjectId) || coversTeam(subjectId);
    }

    /** What either scope covers: roles combine. */
    public Scope union(Scope other) {
        if (everyone || other.everyone) {
            return EVERYONE;
        }
        Set<UUID> allPeople = new HashSet<>(people);
        allPeople.addAll(other.people);
        Set<UUID> allTeams = new HashSet<>(teams);
        allTeams.addAll(other.teams);
        return new Scope(false, allPeople, allTeams);
    }
}
