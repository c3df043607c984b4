package io.cadre.pipeline.api;

import java.util.UUID;

/** One case of a calibration session as it stands: the person, the levels, the case's status and the current recommendation. */
public record CalibrationCase(UUID promotionId, UUID personId, String fromLevel, String targetLevel, PromotionStatus status,
                              Recommendation recommendation) {
}
