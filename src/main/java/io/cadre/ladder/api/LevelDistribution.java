package io.cadre.ladder.api;

import java.time.LocalDate;
import java.util.List;

/**
 * People per level and track of a ladder's latest version on a date; people on retired levels are listed for
 * a decision, and {@code elsewhere} counts people whose level is on another ladder, a free label or missing.
 */
public record LevelDistribution(String ladderCode, Integer version, LocalDate asOf, List<TrackCount> tracks,
                                List<PersonOnLevel> onRetiredLevels, int elsewhere) {

    /** The people on each level of one track, from the most junior up. */
    public record TrackCount(String track, String name, int total, List<LevelCount> levels) {
    }

    /**
     * The people on one level who are on this track: a level shared by several tracks counts each person once, on
     * their own track (see the distribution's query), so the tracks' totals add up to the people on the ladder.
     */
    public record LevelCount(String level, String title, int people, boolean retired) {
    }

    /** A person on a level, for the list of people whose level was retired. */
    public record PersonOnLevel(java.util.UUID personId, String name, String level) {
    }
}
