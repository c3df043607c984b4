package io.cadre.ladder.api;

/** Ask for every ladder with its latest published version and whether its draft holds unpublished edits. */
public record ListLadders() {
}
