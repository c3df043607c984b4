package io.cadre.ladder.api;

import java.util.UUID;

/** Ask for one ladder: its draft, its latest published version and its version history. */
public record GetLadder(UUID ladderId) {
}
