package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;

/** A calibration session in a list: its name and date, how many of its cases the asker may see, and how many still wait for a decision. */
public record CalibrationSummary(UUID id, String name, LocalDate date, int cases, int openCases, long version) {
}
