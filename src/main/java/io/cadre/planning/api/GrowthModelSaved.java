package io.cadre.planning.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A growth model was saved under a name with its inputs; who saved it, when and why travel in the event's metadata. */
@Revision("1")
public record GrowthModelSaved(UUID modelId, String name, GrowthInputs inputs) {
}
