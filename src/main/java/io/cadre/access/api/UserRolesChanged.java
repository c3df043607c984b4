package io.cadre.access.api;

import java.util.Set;
import io.cadre.shared.Role;
import org.axonframework.serialization.Revision;

/** An administrator changed a user's roles. */
@Revision("1")
public record UserRolesChanged(String username, Set<Role> from, Set<Role> to) implements AccessEvent {
}
