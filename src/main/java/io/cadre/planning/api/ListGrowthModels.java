package io.cadre.planning.api;

/** Ask for every saved growth model, the most recently saved first. */
public record ListGrowthModels() {
}
