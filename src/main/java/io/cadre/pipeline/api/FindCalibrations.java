package io.cadre.pipeline.api;

/** Ask for a page of calibration sessions, latest date first. */
public record FindCalibrations(int page, int size) {
}
