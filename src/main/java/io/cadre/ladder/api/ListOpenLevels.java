package io.cadre.ladder.api;

/** Ask for every level people can be given now: the levels of published ladders that are not retired. */
public record ListOpenLevels() {
}
