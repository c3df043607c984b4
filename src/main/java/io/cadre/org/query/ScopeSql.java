package io.cadre.org.query;

import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.PersonDetails;
import io.cadre.platform.security.ReadScope;
import io.cadre.platform.security.Scope;
import java.util.List;
import java.util.UUID;

/**
 * The asking user's scope ({@link ReadScope}) in the SQL of the people lists: rows out of scope keep the directory's
 * fields only (name, title, team, manager), and filters or orders on what they hide (email, employee number, level)
 * match in-scope rows alone, so that a list never tells more than a row shows.
 */
final class ScopeSql {

    private final Scope scope = ReadScope.current();

    /** A boolean SQL expression: whether the person in {@code column} is in scope; its arguments are appended. */
    String covers(String column, List<Object> args) {
        if (scope.everyone()) {
            return "true";
        }
        // A uuid[] parameter, not a text one cast in the SQL: a cast literal is parsed again for every row a scan meets.
        args.add(scope.people().toArray(UUID[]::new));
        return "(" + column + " = any(?))";
    }

    /** The row as the user may see it: out of scope, without email, employee number and level. */
    PersonDetails shown(PersonDetails person) {
        if (scope.coversPerson(person.id())) {
            return person;
        }
        return new PersonDetails(person.id(), null, person.name(), null, person.title(), person.teamId(), person.managerId(),
                null, person.startDate(), person.status(), person.leftOn(), person.version());
    }

    /** The chart as the user may see it: everyone's place, and the level of those in scope alone. */
    OrgChart shown(OrgChart chart) {
        if (scope.everyone()) {
            return chart;
        }
        return new OrgChart(chart.asOf(), chart.teams(), chart.people().stream().map(p -> scope.coversPerson(p.id()) ? p
                : new ChartPerson(p.id(), p.name(), p.title(), p.teamId(), p.managerId(), null)).toList());
    }
}
