package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A promotion case: who, from which level to which (PROMOTION or TRACK_SWITCH) judged against which ladder version,
 * its status, evidence, calibration log, the session it is in and its decision (null until decided or withdrawn).
 */
public record PromotionDetails(UUID id, UUID personId, String fromLevel, String targetLevel, String kind, int ladderVersion,
                               PromotionStatus status, LocalDate nominatedOn, String nominatedBy, String nominationReason,
                               UUID sessionId, Recommendation recommendation, List<Evidence> evidence,
                               List<CalibrationChange> calibrationLog, DecisionRecord decision, long version) {
}
