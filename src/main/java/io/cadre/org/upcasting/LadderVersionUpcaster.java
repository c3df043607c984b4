package io.cadre.org.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads hires and level changes recorded before ladders existed (revision 1) as revision 2: their level
 * was a free label, judged against no ladder version.
 */
@Component
@Order(1)
class LadderVersionUpcaster extends SingleEventUpcaster {

    private static final Set<String> UPCAST = Set.of("io.cadre.org.api.PersonHired", "io.cadre.org.api.LevelChanged");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return UPCAST.contains(event.getType().getName()) && "1".equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), "2"), JsonNode.class, json -> {
            ((ObjectNode) json).putNull("ladderVersion");
            return json;
        });
    }
}
