package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.List;

/**
 * How the objectives of a period ladder up on a date: the objectives at the top of the tree with everything aligned
 * under them, the orphans (objectives of a team below the top aligned under nothing), and every team with its own
 * objectives counted and its progress rolled up from its sub-teams'.
 */
public record AlignmentTree(String period, LocalDate asOf, List<AlignedObjective> roots, List<ObjectiveSummary> orphans,
                            List<TeamProgress> teams) {

    /** The teams that have no objective for the period. */
    public List<TeamProgress> teamsWithoutObjectives() {
        return teams.stream().filter(t -> t.objectives() == 0).toList();
    }
}
