package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A candidate, their moves, and once accepted the start date and either the person they were hired as or why the hire
 * was refused.
 */
public record CandidateDetails(UUID id, UUID positionId, String name, String email, String source, CandidateStage stage,
                            LocalDate startDate, List<StageMove> stages, UUID personId, String hireProblem, long version) {
}
