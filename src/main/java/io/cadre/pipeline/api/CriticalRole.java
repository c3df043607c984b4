package io.cadre.pipeline.api;

import java.util.List;
import java.util.UUID;

/**
 * A critical role: a person who leads a team or whose risk of leaving is medium or high, the teams they lead, their
 * successors counted, the readiness of the nearest one, and whether one is ready now.
 */
public record CriticalRole(UUID personId, String name, String title, UUID teamId, SuccessionRisk risk, List<String> leads,
                           int successors, Readiness nearest, boolean covered) {
}
