package io.cadre.ladder.query;

import io.cadre.ladder.api.Area;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.Level;
import io.cadre.ladder.api.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Says in words what one version of a ladder changes from another: for the whole ladder, or for one level. */
final class VersionChanges {

    private VersionChanges() {
    }

    static List<String> between(LadderContent before, LadderContent after) {
        List<String> changes = new ArrayList<>();
        if (before == null) {
            changes.add("first version: " + after.levels().size() + " levels on " + after.tracks().size() + " tracks, "
                    + after.areas().size() + " areas");
            return changes;
        }
        if (!Objects.equals(before.name(), after.name())) {
            changes.add("renamed from " + before.name() + " to " + after.name());
        }
        for (Track track : after.tracks()) {
            if (before.track(track.code()).isEmpty()) {
                changes.add("track " + track.name() + " added");
            }
        }
        for (Area area : after.areas()) {
            if (before.area(area.code()).isEmpty()) {
                changes.add("area " + area.name() + " added");
            }
        }
        for (Area area : before.areas()) {
            if (after.area(area.code()).isEmpty()) {
                changes.add("area " + area.name() + " removed");
            }
        }
        for (Level level : after.levels()) {
            if (before.level(level.code()).isEmpty()) {
                changes.add("level " + level.title() + " (" + level.code() + ") added");
            } else {
                ofLevel(before, after, level.code()).forEach(change -> changes.add(level.code() + ": " + change));
            }
        }
        if (!before.equivalences().equals(after.equivalences())) {
            changes.add("equivalences between tracks changed");
        }
        return changes;
    }

    /** What {@code after} changes about one level that {@code before} already had. */
    static List<String> ofLevel(LadderContent before, LadderContent after, String levelCode) {
        List<String> changes = new ArrayList<>();
        Level old = before.level(levelCode).orElse(null);
        Level now = after.level(levelCode).orElse(null);
        if (old == null || now == null) {
            return changes;
        }
        if (now.retired() && !old.retired()) {
            changes.add("retired");
        }
        if (!now.title().equals(old.title())) {
            changes.add("title changed from " + old.title() + " to " + now.title());
        }
        if (!now.tracks().equals(old.tracks()) || now.order() != old.order()) {
            changes.add("moved to order " + now.order() + " on " + String.join(", ", now.tracks()));
        }
        List<String> areas = after.areas().stream()
                .filter(area -> !before.expectationsOf(levelCode, area.code()).equals(after.expectationsOf(levelCode, area.code())))
                .map(Area::name).toList();
        if (!areas.isEmpty()) {
            changes.add("expectations changed in " + String.join(", ", areas));
        }
        return changes;
    }
}
