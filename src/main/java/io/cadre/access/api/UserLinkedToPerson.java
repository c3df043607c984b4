package io.cadre.access.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An administrator linked a user to the person they are, which decides what the user's role reaches. */
@Revision("1")
public record UserLinkedToPerson(String username, UUID from, UUID to) implements AccessEvent {
}
