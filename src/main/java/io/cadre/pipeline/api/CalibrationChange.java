package io.cadre.pipeline.api;

import java.time.Instant;
import java.util.UUID;

/** One change a calibration session made to a case's recommendation: when, by whom, from what to what, and why. */
public record CalibrationChange(Instant at, String actor, UUID sessionId, UUID promotionId, Recommendation from,
                                Recommendation to, String reason) {
}
