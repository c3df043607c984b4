package io.cadre.platform.security;

import java.util.Optional;
import java.util.UUID;

/** Which person of the organisation a user is, for views that start from the signed-in user's own place. */
public interface LinkedPeople {

    /** The person the user is, if the user is linked to one. */
    Optional<UUID> personOf(String username);
}
