package io.cadre.ladder.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A ladder was started with its first draft; nothing of it is in force until it is published. */
@Revision("1")
public record LadderCreated(UUID ladderId, LadderContent draft) implements LadderEvent {
}
