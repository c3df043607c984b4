package io.cadre.pipeline.api;

import java.util.UUID;

/** Ask for one calibration session with its cases and full change log. */
public record GetCalibration(UUID sessionId) {
}
