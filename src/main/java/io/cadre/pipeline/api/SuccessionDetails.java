package io.cadre.pipeline.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person's succession plan as it stands, with who set it, when and why; risk is null when none was set. */
public record SuccessionDetails(UUID personId, SuccessionRisk risk, List<SuccessorDetails> successors, LocalDate effectiveDate,
                                Instant recordedAt, String actor, String reason, long version) {
}
