package io.cadre.pipeline.api;

/** What a calibration session recommends for one promotion case. */
public enum Recommendation {
    APPROVE,
    DEFER,
    DENY
}
