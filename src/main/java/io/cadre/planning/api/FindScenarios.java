package io.cadre.planning.api;

/** Ask for the scenarios, newest first, of one owner or (null) of everyone. */
public record FindScenarios(String owner) {
}
