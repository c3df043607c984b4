package io.cadre.ladder.api;

import java.util.UUID;

/** Ask for the content of one published version of a ladder. */
public record GetLadderVersion(UUID ladderId, int version) {
}
