package io.cadre.access.api;

import io.cadre.shared.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Cadre's users, their roles and the person each one is: what other features may ask of them or change. */
public interface Accounts {

    List<Account> all();

    boolean exists(String username);

    /** Creates a user; false when the username is taken. */
    boolean create(String username, String password, Set<Role> roles, UUID personId);

    boolean setRoles(String username, Set<Role> roles);

    /** The person a user is, if the user is linked to one. */
    Optional<UUID> personOf(String username);

    boolean linkPerson(String username, UUID personId);
}
