package io.cadre.planning.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A change still planned was replaced by another, which keeps its id and its place in the scenario's order. */
@Revision("1")
public record PlannedChangeRevised(UUID scenarioId, UUID changeId, PlannedChange change) implements ScenarioEvent {
}
