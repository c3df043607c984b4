package io.cadre.ladder.api;

/** What a level expects in one competency area, optionally with a proficiency on the ladder's scale. */
public record Expectation(String level, String area, String text, String proficiency) {
}
