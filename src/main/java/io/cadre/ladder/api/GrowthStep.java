package io.cadre.ladder.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One level a person held: from when, for how many days, the ladder version it was judged against and what
 * later versions changed about that level (empty when nothing did, or for a free label).
 */
public record GrowthStep(LocalDate effectiveDate, String level, String title, String kind, Integer ladderVersion,
                         long daysInLevel, List<String> changedSince) {
}
