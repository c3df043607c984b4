package io.cadre.planning.api;

import java.util.UUID;

/** A fact about one scenario, in the scenario's own stream: never an event of the live organisation. */
public interface ScenarioEvent {

    /** The scenario the fact is about. */
    UUID scenarioId();
}
