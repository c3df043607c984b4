package io.cadre.pipeline.api;

/** Ask for every calibration session, latest date first. */
public record ListCalibrations() {
}
