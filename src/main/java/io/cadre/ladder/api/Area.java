package io.cadre.ladder.api;

/** A competency area that every level has expectations in, such as communication or technical skill. */
public record Area(String code, String name, String summary) {
}
