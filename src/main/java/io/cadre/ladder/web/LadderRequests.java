package io.cadre.ladder.web;

import io.cadre.ladder.api.LadderContent;
import java.time.LocalDate;
import java.util.Map;

/** The JSON bodies of the ladder calls. */
final class LadderRequests {

    private LadderRequests() {
    }

    record Draft(LadderContent content, String reason) {
    }

    record Publish(String reason) {
    }

    record MapLabels(Map<String, String> mappings, LocalDate effectiveDate, String reason) {
    }
}
