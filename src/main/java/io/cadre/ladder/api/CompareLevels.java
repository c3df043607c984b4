package io.cadre.ladder.api;

import java.util.UUID;

/** Ask how two levels of a ladder's latest published version (or its draft) differ, area by area. */
public record CompareLevels(UUID ladderId, String from, String to, boolean draft) {
}
