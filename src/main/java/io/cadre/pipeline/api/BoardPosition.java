package io.cadre.pipeline.api;

import java.util.List;
import java.util.Map;

/** An open position on the pipeline board with its candidates by stage (every stage present, in order). */
public record BoardPosition(PositionDetails position, Map<CandidateStage, List<BoardCandidate>> candidates) {
}
