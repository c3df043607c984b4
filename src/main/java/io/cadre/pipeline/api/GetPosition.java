package io.cadre.pipeline.api;

import java.util.UUID;

/** Ask for one position with its transitions. */
public record GetPosition(UUID positionId) {
}
