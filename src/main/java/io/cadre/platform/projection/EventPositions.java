package io.cadre.platform.projection;

import io.cadre.platform.persistence.BulkInsert;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Where each event of a batch stands in the event store, when the batch's reader knew it: a bulk replay reads the store
 * in order and knows every event's own position, so a projection can store it without looking the event up. A live
 * processor's token cannot say it (an event that fills a gap arrives with the token at the highest position seen), so
 * its events are looked up by identifier ({@link BulkInsert#EVENT_POSITION}).
 */
public final class EventPositions {

    private static final String RESOURCE = EventPositions.class.getName();

    private EventPositions() {
    }

    /** Tells the projections handling the batch in {@code unitOfWork} the positions of its events, by identifier. */
    public static void attachTo(UnitOfWork<?> unitOfWork, Map<String, Long> positions) {
        unitOfWork.resources().put(RESOURCE, positions);
    }

    /** The value of a {@link BulkInsert#EVENT_POSITION} column for this event: its position if known, else its identifier. */
    public static String of(EventMessage<?> message) {
        if (CurrentUnitOfWork.isStarted()) {
            Map<String, Long> positions = CurrentUnitOfWork.get().root().getResource(RESOURCE);
            Long position = positions == null ? null : positions.get(message.getIdentifier());
            if (position != null) {
                return BulkInsert.knownPosition(position);
            }
        }
        return message.getIdentifier();
    }
}
