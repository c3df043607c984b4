package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;

/** A candidate's card on the pipeline board. */
public record BoardCandidate(UUID id, String name, CandidateStage stage, LocalDate since, UUID personId, String hireProblem,
                             long version) {
}
