package io.cadre.pipeline.web;

import io.cadre.pipeline.api.Evidence;
import io.cadre.pipeline.api.PromotionDecision;
import io.cadre.pipeline.api.Recommendation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of the promotion and calibration calls; every change takes an optional effective date and reason. */
final class PromotionRequests {

    private PromotionRequests() {
    }

    record Nominate(UUID personId, String targetLevel, List<Evidence> evidence, LocalDate effectiveDate, String reason) {
    }

    record Decide(PromotionDecision decision, LocalDate effectiveDate, String reason) {
    }

    record Calibration(String name, LocalDate date, List<UUID> promotionIds, LocalDate effectiveDate, String reason) {
    }

    record Recommend(UUID promotionId, Recommendation recommendation, LocalDate effectiveDate, String reason) {
    }
}
