package io.cadre.planning.api;

import java.util.UUID;

/** What applying one planned change did: recorded live, or refused with why. */
public record AppliedChange(UUID changeId, boolean applied, String problem) {
}
