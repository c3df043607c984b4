package io.cadre.pipeline.api;

import java.util.UUID;

/** Ask for the pipeline's measures, of one team and the teams below it or of all: time to fill and stage conversion. */
public record GetPipelineMetrics(UUID teamId) {
}
