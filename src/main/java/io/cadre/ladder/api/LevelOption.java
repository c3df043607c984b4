package io.cadre.ladder.api;

import java.util.List;

/** A level a person could move to, and how it relates to theirs (the next on a track, or an equivalent on another). */
public record LevelOption(String level, String title, List<String> tracks, String relation) {
}
