package io.cadre.pipeline.api;

import java.util.UUID;

/** A successor as a plan shows them: who, their title today, whether they are still active, and their readiness. */
public record SuccessorDetails(UUID personId, String name, String title, boolean active, Readiness readiness) {
}
