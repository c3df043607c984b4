package io.cadre.ladder.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where a person stands on their ladder and where they can go: level history, time in the current level,
 * next levels on their tracks, options on other tracks, and, when a target is chosen, what it expects beyond
 * their level. {@code ladderCode} is null while their level is a free label.
 */
public record GrowthPath(UUID personId, String personName, String currentLevel, String currentTitle, LocalDate since,
                         long daysInLevel, String ladderCode, Integer latestVersion, List<GrowthStep> steps,
                         List<LevelOption> nextLevels, List<LevelOption> crossTrackOptions, LevelComparison target) {
}
