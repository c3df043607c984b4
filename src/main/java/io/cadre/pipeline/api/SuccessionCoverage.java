package io.cadre.pipeline.api;

import java.util.List;

/** Succession coverage: how many critical roles there are, how many have a successor ready now, and the roles without one. */
public record SuccessionCoverage(int criticalRoles, int covered, List<CriticalRole> uncovered) {
}
