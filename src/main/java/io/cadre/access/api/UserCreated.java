package io.cadre.access.api;

import java.util.Set;
import java.util.UUID;
import io.cadre.shared.Role;
import org.axonframework.serialization.Revision;

/** An administrator created a user with these roles, possibly linked to the person they are. */
@Revision("1")
public record UserCreated(String username, Set<Role> roles, UUID personId) implements AccessEvent {
}
