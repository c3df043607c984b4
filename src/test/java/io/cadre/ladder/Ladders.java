package io.cadre.ladder;

import io.cadre.ladder.api.Area;
import io.cadre.ladder.api.Expectation;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.Level;
import io.cadre.ladder.api.SalaryBand;
import io.cadre.ladder.api.Track;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small, valid ladders for tests, and ways to change one level of them. */
public final class Ladders {

    private Ladders() {
    }

    /** Two tracks forking after a shared mid level, two areas, and an expectation for every level in every area. */
    public static LadderContent small(String code) {
        List<Track> tracks = List.of(new Track("ic", "Individual contributor"), new Track("management", "Management"));
        List<Level> levels = List.of(
                new Level("junior", "Junior Engineer", List.of("ic", "management"), 1, band(40_000, 50_000), false),
                new Level("mid", "Engineer", List.of("ic", "management"), 2, band(50_000, 65_000), false),
                new Level("senior", "Senior Engineer", List.of("ic"), 3, band(65_000, 85_000), false),
                new Level("lead", "Engineering Manager", List.of("management"), 3, band(70_000, 90_000), false),
                new Level("staff", "Staff Engineer", List.of("ic"), 4, null, false));
        List<Area> areas = List.of(new Area("craft", "Craft", "Builds things well."), new Area("people", "People", "Grows others."));
        List<Expectation> expectations = new ArrayList<>();
        String[] proficiency = {"Awareness", "Foundational", "Practitioner", "Practitioner", "Expert"};
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            expectations.add(new Expectation(level.code(), "craft", "Craft as a " + level.title() + ".", proficiency[i]));
            if (i > 0) {
                expectations.add(new Expectation(level.code(), "people", "Helps others as a " + level.title() + ".", proficiency[i - 1]));
            }
        }
        return new LadderContent(code, "Engineering " + code, "A small ladder.", tracks, levels,
                List.of(List.of("senior", "lead")), areas, expectations);
    }

    public static LadderContent withLevel(LadderContent content, String code, UnaryOperator<Level> change) {
        return new LadderContent(content.code(), content.name(), content.summary(), content.tracks(),
                content.levels().stream().map(l -> l.code().equals(code) ? change.apply(l) : l).toList(),
                content.equivalences(), content.areas(), content.expectations());
    }

    public static LadderContent withExpectations(LadderContent content, List<Expectation> expectations) {
        return new LadderContent(content.code(), content.name(), content.summary(), content.tracks(), content.levels(),
                content.equivalences(), content.areas(), expectations);
    }

    public static Level retired(Level level) {
        return new Level(level.code(), level.title(), level.tracks(), level.order(), level.salaryBand(), true);
    }

    private static SalaryBand band(long min, long max) {
        return new SalaryBand(BigDecimal.valueOf(min), BigDecimal.valueOf(max), "EUR");
    }
}
