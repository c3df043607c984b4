package io.cadre.planning.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A change was planned in a scenario, after the org's rules accepted it over the scenario's org. */
@Revision("1")
public record ChangePlanned(UUID scenarioId, UUID changeId, PlannedChange change) implements ScenarioEvent {
}
