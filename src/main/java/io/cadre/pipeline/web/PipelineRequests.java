package io.cadre.pipeline.web;

import io.cadre.pipeline.api.CandidateStage;
import io.cadre.pipeline.api.SuccessionRisk;
import io.cadre.pipeline.api.Successor;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of the pipeline calls; every change takes an optional effective date and reason. */
final class PipelineRequests {

    private PipelineRequests() {
    }

    record Open(UUID teamId, String level, String title, UUID managerId, LocalDate targetStart, LocalDate effectiveDate,
                String reason) {
    }

    record Transition(LocalDate effectiveDate, String reason) {

        static final Transition NONE = new Transition(null, null);
    }

    record Candidate(String name, String email, String source, LocalDate effectiveDate, String reason) {
    }

    record Stage(CandidateStage stage, LocalDate startDate, LocalDate effectiveDate, String reason) {
    }

    record Succession(SuccessionRisk risk, List<Successor> successors, LocalDate effectiveDate, String reason) {
    }
}
