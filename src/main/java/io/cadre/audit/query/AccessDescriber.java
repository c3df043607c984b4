package io.cadre.audit.query;

import io.cadre.access.api.AccountUnlocked;
import io.cadre.access.api.SignInFailed;
import io.cadre.access.api.UserCreated;
import io.cadre.access.api.UserLinkedToPerson;
import io.cadre.access.api.UserRolesChanged;
import java.util.Collection;
import java.util.List;

/** The user accounts' changes: users created, linked to a person, given other roles, and failed sign-ins. */
final class AccessDescriber implements Describer {

    static final String USER = "USER";

    @Override
    public void describe(Descriptions d) {
        d.on(UserCreated.class, (e, facts) -> {
            String person = facts.name(e.personId());
            return Change.of(USER, null, e.username(), "The user " + e.username() + " was created with the roles " + String.join(", ", roles(e.roles()))
                            + (person == null ? "" : ", as " + person))
                    .set("roles", roles(e.roles())).set("person", person).set("personId", e.personId()).people(e.personId());
        });
        d.on(UserLinkedToPerson.class, (e, facts) -> {
            String to = facts.name(e.to());
            return Change.of(USER, null, e.username(), to == null ? "The user " + e.username() + " is no longer linked to a person"
                            : "The user " + e.username() + " is now " + to)
                    .field("person", facts.name(e.from()), to).field("personId", e.from(), e.to()).people(e.from(), e.to());
        });
        d.on(UserRolesChanged.class, (e, facts) -> Change.of(USER, null, e.username(), "The user " + e.username()
                        + " now has the roles " + String.join(", ", roles(e.to())))
                .field("roles", roles(e.from()), roles(e.to())));
        d.on(SignInFailed.class, (e, facts) -> Change.of(USER, null, e.username(), "A sign-in as " + e.username() + " failed ("
                        + e.failures() + " in a row)" + (e.lockedUntil() == null ? "" : "; the account is locked until " + e.lockedUntil()))
                .set("failures", e.failures()).set("lockedUntil", e.lockedUntil()));
        d.on(AccountUnlocked.class, (e, facts) -> Change.of(USER, null, e.username(), "The user " + e.username()
                        + " was unlocked before the lock ended at " + e.wasLockedUntil())
                .field("lockedUntil", e.wasLockedUntil(), null));
    }

    private static List<String> roles(Collection<?> roles) {
        return roles == null ? List.of() : roles.stream().map(String::valueOf).sorted().toList();
    }
}
