package io.cadre.ladder.api;

/** Ask for the ladder with this code; the answer is empty when there is none. */
public record FindLadderByCode(String code) {
}
