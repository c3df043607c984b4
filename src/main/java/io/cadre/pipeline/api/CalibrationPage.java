package io.cadre.pipeline.api;

import java.util.List;

/** One page of calibration sessions and how many there are in all. */
public record CalibrationPage(List<CalibrationSummary> items, int page, int size, long total) {
}
