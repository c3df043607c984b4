package io.cadre.ladder.api;

/** Ask for the levels active people carry that name no level of a published ladder. */
public record ListFreeLabels() {
}
