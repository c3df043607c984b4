package io.cadre.pipeline.api;

import java.util.UUID;

/** Ask for the critical roles (of one team and below, or of all) and which of them lack a successor ready now. */
public record GetSuccessionCoverage(UUID teamId) {
}
