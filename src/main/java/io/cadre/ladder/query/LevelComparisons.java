package io.cadre.ladder.query;

import io.cadre.ladder.api.Area;
import io.cadre.ladder.api.AreaComparison;
import io.cadre.ladder.api.Expectation;
import io.cadre.ladder.api.ExpectationChange;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.Level;
import io.cadre.ladder.api.LevelComparison;
import io.cadre.ladder.api.Proficiency;
import io.cadre.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/** Puts two levels of one ladder side by side, area by area, and says what is new or raised at the second. */
final class LevelComparisons {

    private LevelComparisons() {
    }

    static LevelComparison compare(LadderContent content, String from, String to) {
        Level fromLevel = content.level(from).orElseThrow(() -> InvalidInput.of("from", "no level " + from + " in " + content.code()));
        Level toLevel = content.level(to).orElseThrow(() -> InvalidInput.of("to", "no level " + to + " in " + content.code()));
        List<AreaComparison> areas = new ArrayList<>();
        for (Area area : content.areas()) {
            List<Expectation> before = content.expectationsOf(from, area.code());
            List<Expectation> after = content.expectationsOf(to, area.code());
            if (!before.isEmpty() || !after.isEmpty()) {
                areas.add(new AreaComparison(area.code(), area.name(), before, after, change(before, after)));
            }
        }
        return new LevelComparison(from, fromLevel.title(), to, toLevel.title(), areas);
    }

    static ExpectationChange change(List<Expectation> before, List<Expectation> after) {
        if (before.isEmpty()) {
            return ExpectationChange.NEW;
        }
        if (after.isEmpty()) {
            return ExpectationChange.DROPPED;
        }
        int rise = Integer.compare(highest(after), highest(before));
        if (rise != 0) {
            return rise > 0 ? ExpectationChange.RAISED : ExpectationChange.LOWERED;
        }
        return texts(before).equals(texts(after)) ? ExpectationChange.SAME : ExpectationChange.CHANGED;
    }

    private static int highest(List<Expectation> expectations) {
        return expectations.stream().mapToInt(e -> Proficiency.fromLabel(e.proficiency()).map(Enum::ordinal).orElse(-1)).max().orElse(-1);
    }

    private static List<String> texts(List<Expectation> expectations) {
        return expectations.stream().map(e -> e.text().strip()).sorted().toList();
    }
}
