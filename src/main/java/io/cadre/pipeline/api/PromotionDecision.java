package io.cadre.pipeline.api;

/** The decision on a promotion case. */
public enum PromotionDecision {
    APPROVED,
    DENIED
}
