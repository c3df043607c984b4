package io.cadre.ladder.api;

import java.time.Instant;

/** One published version of a ladder: when, by whom and why. */
public record LadderVersionInfo(int version, Instant publishedAt, String publishedBy, String reason) {
}
