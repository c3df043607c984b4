package io.cadre.pipeline.api;

import java.util.List;

/** One page of positions, with the total number found. */
public record PositionPage(List<PositionDetails> items, int page, int size, long total) {
}
