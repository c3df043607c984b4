package io.cadre.planning.api;

import java.util.UUID;

/** Ask for one saved growth model. */
public record GetGrowthModel(UUID modelId) {
}
