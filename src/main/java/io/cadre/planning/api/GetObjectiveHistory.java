package io.cadre.planning.api;

import java.util.UUID;

/** Ask for every recorded change of one objective, in the order it was recorded. */
public record GetObjectiveHistory(UUID objectiveId) {
}
