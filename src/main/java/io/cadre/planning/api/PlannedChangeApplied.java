package io.cadre.planning.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A planned change was recorded in the live org (or the pipeline) as a real command; it stays in the scenario, applied. */
@Revision("1")
public record PlannedChangeApplied(UUID scenarioId, UUID changeId) implements ScenarioEvent {
}
