package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A calibration session: its name and date, its cases with their current recommendations, and every change, oldest first. */
public record CalibrationDetails(UUID id, String name, LocalDate date, List<CalibrationCase> cases, List<CalibrationChange> log,
                                 long version) {
}
