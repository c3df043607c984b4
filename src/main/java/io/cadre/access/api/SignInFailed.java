package io.cadre.access.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Someone gave a wrong password for an existing account; {@code failures} counts the failures in a row and
 * {@code lockedUntil}, when set, is the instant before which the account refuses every sign-in.
 */
@Revision("1")
public record SignInFailed(String username, int failures, Instant lockedUntil) implements AccessEvent {
}
