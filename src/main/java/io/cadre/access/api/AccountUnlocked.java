package io.cadre.access.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An administrator lifted the lock that wrong passwords had put on an account, before it ended by itself. */
@Revision("1")
public record AccountUnlocked(String username, Instant wasLockedUntil) implements AccessEvent {
}
