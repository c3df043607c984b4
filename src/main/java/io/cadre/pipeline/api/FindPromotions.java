package io.cadre.pipeline.api;

import java.util.UUID;

/** Ask for a page of promotion cases, with one status or any, of one person or of all, newest first. */
public record FindPromotions(PromotionStatus status, UUID personId, int page, int size) {
}
