package io.cadre.planning.api;

import java.util.List;

/** An objective in the alignment tree, with the objectives aligned under it. */
public record AlignedObjective(ObjectiveSummary objective, List<AlignedObjective> children) {
}
