package io.cadre.pipeline.api;

import java.util.List;
import java.util.UUID;

/** The pipeline board of a team and the teams below it (or of all when the team is null): every open position. */
public record PipelineBoard(UUID teamId, List<BoardPosition> positions) {
}
