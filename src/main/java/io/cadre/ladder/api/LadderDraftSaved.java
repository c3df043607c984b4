package io.cadre.ladder.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The draft of a ladder was replaced by an edited one; published versions stay as they were. */
@Revision("1")
public record LadderDraftSaved(UUID ladderId, LadderContent draft) implements LadderEvent {
}
