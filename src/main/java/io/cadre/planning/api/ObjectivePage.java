package io.cadre.planning.api;

import java.util.List;

/** One page of objectives, with the total number found. */
public record ObjectivePage(List<ObjectiveDetails> items, int page, int size, long total) {
}
