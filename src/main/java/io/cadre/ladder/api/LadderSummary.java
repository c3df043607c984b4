package io.cadre.ladder.api;

import java.time.Instant;
import java.util.UUID;

/** One ladder in a list: {@code latestVersion} is null until it is first published. */
public record LadderSummary(UUID id, String code, String name, Integer latestVersion, boolean draftPending, Instant updatedAt) {
}
