package io.cadre.planning.api;

import java.time.Instant;
import java.util.UUID;

/** A saved growth model: its name, its inputs, and who saved it, when and why. */
public record GrowthModelDetails(UUID id, String name, GrowthInputs inputs, Instant savedAt, String savedBy, String reason) {
}
