package io.cadre.planning.api;

import java.util.UUID;

/** Ask for one scenario with its changes. */
public record GetScenario(UUID scenarioId) {
}
