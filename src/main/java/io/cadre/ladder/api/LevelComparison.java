package io.cadre.ladder.api;

import java.util.List;

/** Two levels side by side, area by area. */
public record LevelComparison(String from, String fromTitle, String to, String toTitle, List<AreaComparison> areas) {
}
