package io.cadre.pipeline.api;

import java.time.Instant;
import java.time.LocalDate;

/** One move of a candidate: the stage reached, recorded when, by whom and why, and the date it took effect. */
public record StageMove(CandidateStage stage, Instant at, String actor, String reason, LocalDate effectiveDate) {
}
