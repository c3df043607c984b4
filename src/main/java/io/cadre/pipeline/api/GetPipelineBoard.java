package io.cadre.pipeline.api;

import java.util.UUID;

/** Ask for the pipeline board of a team and the teams below it, or of the whole organisation when no team is named. */
public record GetPipelineBoard(UUID teamId) {
}
