package io.cadre.access.api;

import io.cadre.shared.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A user as others see it: never the password; {@code lockedUntil} is set while wrong passwords lock the account. */
public record Account(String username, Set<Role> roles, UUID personId, Instant createdAt, Instant lockedUntil) {
}
