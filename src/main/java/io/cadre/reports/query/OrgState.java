package io.cadre.reports.query;

import io.cadre.platform.security.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The organisation folded from the reports' facts, moved forward date by date: each team's and person's state on the
 * date reached, and every hire and departure passed on the way, so that one pass serves a whole series. Only the people
 * of the audience's scope count (product.md §7.5: reports are computed on what the user may see): a person counts on a
 * date when the scope covers them or the team they are in; the teams shown are those the scope covers or where
 * someone counts.
 */
final class OrgState {

    /**
     * A person's state: active between hire and departure, their team, manager, level and since when they hold it. The
     * manager is held as their own state ({@code reportsTo}, a placeholder until their hire is folded), and each person
     * has a number of their own ({@code index}, their place in {@link #roster()}), so that reports walk the reporting
     * lines without looking anyone up.
     */
    static final class Person {
        final UUID id;
        final int index;
        boolean active;
        UUID team;
        Person reportsTo;
        String level;
        LocalDate levelSince;
        LocalDate hiredOn;

        Person(UUID id, int index) {
            this.id = id;
            this.index = index;
        }

        private Person copy() {
            Person copy = new Person(id, index);
            copy.active = active;
            copy.team = team;
            copy.level = level;
            copy.levelSince = levelSince;
            copy.hiredOn = hiredOn;
            return copy;
        }
    }

    /** A team's state: active between forming and dissolving, its name, parent and lead. */
    static final class Team {
        final UUID id;
        boolean active;
        String name;
        UUID parent;
        UUID lead;

        Team(UUID id) {
            this.id = id;
        }

        Team copy() {
            Team copy = new Team(id);
            copy.active = active;
            copy.name = name;
            copy.parent = parent;
            copy.lead = lead;
            return copy;
        }
    }

    /** A hire ({@code leaveKind} null) or a departure, on its date, from the team the person was in. */
    record Movement(LocalDate date, UUID personId, UUID teamId, String leaveKind) {
    }

    final Map<UUID, Person> people = new HashMap<>();
    private final List<Person> roster = new ArrayList<>();
    final Map<UUID, Team> teams = new HashMap<>();
    private final List<Movement> movements = new ArrayList<>();
    private final Facts facts;
    private int next;
    private LocalDate reached;
    private final Scope audience;

    OrgState(Facts facts, Scope audience) {
        this.facts = facts;
        this.audience = audience;
    }

    /**
     * A state of its own at the same date, for another audience, to move forward from there: folding a copy costs a few
     * milliseconds where folding the facts again from the start costs a hundred at 50,000 people.
     */
    OrgState copy(Scope audience) {
        OrgState copy = new OrgState(facts, audience);
        roster.forEach(person -> copy.add(person.copy()));
        roster.stream().filter(person -> person.reportsTo != null)
                .forEach(person -> copy.roster.get(person.index).reportsTo = copy.roster.get(person.reportsTo.index));
        teams.forEach((id, team) -> copy.teams.put(id, team.copy()));
        copy.movements.addAll(movements);
        copy.next = next;
        copy.reached = reached;
        return copy;
    }

    /** Whether the person counts for the audience, in the team they are in on the date reached. */
    boolean counts(Person person) {
        return audience.everyone() || audience.coversTeam(person.team) || audience.coversPerson(person.id);
    }

    /** Applies every fact effective on or before {@code date}; dates must not go backwards. */
    void advanceTo(LocalDate date) {
        if (reached != null && date.isBefore(reached)) {
            throw new IllegalArgumentException("The state has passed " + date);
        }
        reached = date;
        long day = date.toEpochDay();
        while (next < facts.size() && facts.day(next) <= day) {
            apply(next++);
        }
    }

    /** The hires and departures after {@code after} up to and including {@code upTo}. */
    List<Movement> movements(LocalDate after, LocalDate upTo) {
        return movements.stream().filter(m -> m.date().isAfter(after) && !m.date().isAfter(upTo))
                .filter(m -> audience.everyone() || audience.coversTeam(m.teamId()) || audience.coversPerson(m.personId())).toList();
    }

    /** The active teams from {@code root} down (every active team when root is null) that the audience is shown. */
    Set<UUID> subtree(UUID root) {
        Set<UUID> all = wholeSubtree(root);
        if (audience.everyone()) {
            return all;
        }
        Set<UUID> shown = new HashSet<>();
        all.stream().filter(audience::coversTeam).forEach(shown::add);
        roster.stream().filter(p -> p.active && all.contains(p.team) && counts(p)).forEach(p -> shown.add(p.team));
        return shown;
    }

    private Set<UUID> wholeSubtree(UUID root) {
        Set<UUID> scope = new HashSet<>();
        if (root == null) {
            teams.values().stream().filter(t -> t.active).forEach(t -> scope.add(t.id));
            return scope;
        }
        Team top = teams.get(root);
        if (top == null || !top.active) {
            return scope;
        }
        Map<UUID, List<UUID>> children = new HashMap<>();
        teams.values().stream().filter(t -> t.active && t.parent != null)
                .forEach(t -> children.computeIfAbsent(t.parent, p -> new ArrayList<>()).add(t.id));
        List<UUID> queue = new ArrayList<>(List.of(root));
        while (!queue.isEmpty()) {
            UUID id = queue.removeLast();
            if (scope.add(id)) {
                queue.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return scope;
    }

    /** The active people whose team is in the scope and who count for the audience. */
    List<Person> activeIn(Set<UUID> scope) {
        return roster.stream().filter(p -> p.active && scope.contains(p.team) && counts(p)).toList();
    }

    /** Every active person who counts for the audience, in whichever team. */
    List<Person> active() {
        return roster.stream().filter(p -> p.active && counts(p)).toList();
    }

    /** Everyone the facts have named so far, active or not, each at the place of their {@code index}. */
    List<Person> roster() {
        return roster;
    }

    private Person person(UUID id) {
        Person known = people.get(id);
        return known != null ? known : add(new Person(id, roster.size()));
    }

    private Person add(Person person) {
        people.put(person.id, person);
        roster.add(person);
        return person;
    }

    private void apply(int fact) {
        Object value = facts.value(fact);
        if (facts.aboutTeam(fact)) {
            Team team = teams.computeIfAbsent(facts.subject(fact), Team::new);
            switch (facts.field(fact)) {
                case Facts.TEAM_ACTIVE -> team.active = Boolean.parseBoolean((String) value);
                case Facts.TEAM_NAME -> team.name = (String) value;
                case Facts.TEAM_PARENT -> team.parent = (UUID) value;
                case Facts.TEAM_LEAD -> team.lead = (UUID) value;
                default -> {
                }
            }
            return;
        }
        Person person = person(facts.subject(fact));
        switch (facts.field(fact)) {
            case Facts.PERSON_TEAM -> person.team = (UUID) value;
            case Facts.PERSON_MANAGER -> person.reportsTo = value == null ? null : person((UUID) value);
            case Facts.PERSON_LEVEL -> {
                if (!Objects.equals(person.level, value)) {
                    person.levelSince = facts.date(fact);
                }
                person.level = (String) value;
            }
            case Facts.PERSON_HIRED -> {
                person.active = true;
                person.hiredOn = facts.date(fact);
                if (person.levelSince == null) {
                    person.levelSince = person.hiredOn;
                }
                movements.add(new Movement(person.hiredOn, person.id, person.team, null));
            }
            case Facts.PERSON_LEFT -> {
                person.active = false;
                movements.add(new Movement(facts.date(fact), person.id, person.team, (String) value));
            }
            default -> {
            }
        }
    }
}
