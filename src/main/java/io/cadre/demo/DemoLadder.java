package io.cadre.demo;

import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.SalaryBand;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The levels and titles of the demo organisation on the shipped Financial Times engineering ladder, which
 * the demo publishes first, with an individual-contributor track shaped like a real pyramid, and the salary
 * bands HR gives its levels (yearly base pay in euros, overlapping between neighbours as real bands do).
 */
final class DemoLadder {

    static final String TEMPLATE = "ft-engineering";
    static final String VP = "engineering/tech-director";
    static final String DIRECTOR = "engineering/tech-director";
    static final String MANAGER = "engineering/senior-2-pm";
    static final String SENIOR_MANAGER = "engineering/principal-pm";
    static final String SENIOR_2 = "engineering/senior-2-ic";

    private static final String PREFIX = "engineering/";
    private static final List<String> CONTRIBUTOR_LEVELS = List.of("junior", "engineer", "senior-1", "senior-2-ic", "principal-ic");
    /** Percent of engineers hired on each contributor level: most in the middle, few at the top. */
    private static final int[] HIRING_MIX = {13, 35, 29, 17, 6};

    /** Yearly base pay in euros per level of the shipped ladder: minimum and maximum. */
    private static final Map<String, int[]> SALARY_BANDS = Map.of(
            "junior", new int[] {42_000, 52_000},
            "engineer", new int[] {50_000, 64_000},
            "senior-1", new int[] {62_000, 78_000},
            "senior-2-ic", new int[] {74_000, 92_000},
            "senior-2-pm", new int[] {76_000, 95_000},
            "principal-ic", new int[] {88_000, 112_000},
            "principal-pm", new int[] {90_000, 116_000},
            "tech-director", new int[] {110_000, 145_000});
    static final String CURRENCY = "EUR";

    private DemoLadder() {
    }

    /** The ladder with a salary band on each level it has a band for; other levels are left without one. */
    static LadderContent withSalaryBands(LadderContent ladder) {
        return new LadderContent(ladder.code(), ladder.name(), ladder.summary(), ladder.tracks(), ladder.levels().stream()
                .map(level -> {
                    int[] band = SALARY_BANDS.get(level.code());
                    return band == null ? level : level.withSalaryBand(
                            new SalaryBand(BigDecimal.valueOf(band[0]), BigDecimal.valueOf(band[1]), CURRENCY));
                }).toList(), ladder.equivalences(), ladder.areas(), ladder.expectations());
    }

    static String contributorLevel(Random random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < HIRING_MIX.length; i++) {
            roll -= HIRING_MIX[i];
            if (roll < 0) {
                return PREFIX + CONTRIBUTOR_LEVELS.get(i);
            }
        }
        return PREFIX + CONTRIBUTOR_LEVELS.getLast();
    }

    static String managerLevel(Random random) {
        return random.nextInt(3) == 0 ? SENIOR_MANAGER : MANAGER;
    }

    static String managerTitle(String level) {
        return SENIOR_MANAGER.equals(level) ? "Senior Engineering Manager" : "Engineering Manager";
    }

    /** The next level up on the contributor track, if the level is on it and not at its top. */
    static Optional<String> nextContributorLevel(String level) {
        int index = CONTRIBUTOR_LEVELS.indexOf(level.substring(PREFIX.length()));
        return index < 0 || index == CONTRIBUTOR_LEVELS.size() - 1
                ? Optional.empty()
                : Optional.of(PREFIX + CONTRIBUTOR_LEVELS.get(index + 1));
    }

    static String contributorTitle(String level, String discipline) {
        return switch (level.substring(PREFIX.length())) {
            case "junior" -> "Associate " + discipline;
            case "senior-1", "senior-2-ic" -> "Senior " + discipline;
            case "principal-ic" -> "Principal " + discipline;
            default -> discipline;
        };
    }
}
