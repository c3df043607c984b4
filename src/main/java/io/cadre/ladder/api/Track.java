package io.cadre.ladder.api;

/** A path through a ladder, such as individual contributor or management. */
public record Track(String code, String name) {
}
