package io.cadre.pipeline.api;

/** Of the candidates who reached one stage, how many reached the next one, and that share (null when none reached the first). */
public record StageConversion(CandidateStage from, CandidateStage to, int reached, int advanced, Double rate) {
}
