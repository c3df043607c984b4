package io.cadre.ladder.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The draft became the ladder's next immutable version, numbered from 1; levels and promotions are judged against it. */
@Revision("1")
public record LadderPublished(UUID ladderId, int version, LadderContent content) implements LadderEvent {
}
