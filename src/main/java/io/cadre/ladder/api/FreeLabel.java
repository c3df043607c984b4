package io.cadre.ladder.api;

/** A level given as a free label that names no published level, and how many active people carry it. */
public record FreeLabel(String label, int people) {
}
