package io.cadre.demo;

import io.cadre.shared.Role;
import io.cadre.access.api.Accounts;
import java.util.Set;
import java.util.UUID;

/**
 * One sign-in per role, all with the same published password, linked to the people they play: a director,
 * a team lead and one of that lead's engineers. For demonstrations only: anyone who reads the README can
 * sign in as them.
 */
final class DemoUsers {

    static final String PASSWORD = "cadre-demo";

    private DemoUsers() {
    }

    /** Creates the users that do not exist yet and returns how many it created. */
    static int create(Accounts users, DemoStory.Cast cast) {
        int created = 0;
        created += create(users, "demo-admin", Role.ADMIN, null);
        created += create(users, "demo-hr", Role.HR, null);
        created += create(users, "demo-director", Role.DIRECTOR, cast.director());
        created += create(users, "demo-manager", Role.MANAGER, cast.manager());
        created += create(users, "demo-employee", Role.EMPLOYEE, cast.employee());
        return created;
    }

    private static int create(Accounts users, String username, Role role, UUID person) {
        return users.create(username, PASSWORD, Set.of(role), person) ? 1 : 0;
    }
}
