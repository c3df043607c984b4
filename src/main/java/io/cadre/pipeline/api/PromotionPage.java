package io.cadre.pipeline.api;

import java.util.List;

/** One page of promotion cases and how many there are in all. */
public record PromotionPage(List<PromotionDetails> items, int page, int size, long total) {
}
