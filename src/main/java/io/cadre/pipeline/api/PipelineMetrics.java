package io.cadre.pipeline.api;

import java.util.List;

/**
 * The pipeline's measures: positions open and filled, the median days from approval to the start of the
 * hire that filled the position, and the conversion from each
 * stage to the next (SOURCED to ACCEPTED), counting a candidate who skipped a stage as having passed it.
 */
public record PipelineMetrics(int openPositions, int filledPositions, Double medianTimeToFillDays, List<StageConversion> conversion) {
}
