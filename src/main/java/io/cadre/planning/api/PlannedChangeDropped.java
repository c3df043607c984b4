package io.cadre.planning.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A planned change was taken out of its scenario. */
@Revision("1")
public record PlannedChangeDropped(UUID scenarioId, UUID changeId) implements ScenarioEvent {
}
