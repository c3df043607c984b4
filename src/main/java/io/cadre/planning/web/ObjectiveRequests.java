package io.cadre.planning.web;

import io.cadre.planning.api.Confidence;
import io.cadre.planning.api.KeyResultDraft;
import io.cadre.planning.api.ObjectiveStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of the objective calls; every change takes an optional effective date and reason. */
final class ObjectiveRequests {

    private ObjectiveRequests() {
    }

    record Write(UUID teamId, String period, String title, String description, UUID parentId, List<KeyResultDraft> keyResults,
                 LocalDate effectiveDate, String reason) {
    }

    record Status(ObjectiveStatus status, LocalDate effectiveDate, String reason) {
    }

    record Align(UUID parentId, LocalDate effectiveDate, String reason) {
    }

    record KeyResult(String title, String unit, BigDecimal start, BigDecimal target, LocalDate effectiveDate, String reason) {

        KeyResultDraft draft() {
            return new KeyResultDraft(title, unit, start, target);
        }
    }

    record CheckIn(BigDecimal value, Confidence confidence, String note, LocalDate date, String reason) {
    }

    record PlanNext(UUID teamId, String period, Boolean includeSubteams, String reason) {
    }

    record NeededPosition(UUID positionId, LocalDate effectiveDate, String reason) {
    }
}
