package io.cadre.demo;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The levels and titles of the demo organisation on the shipped Financial Times engineering ladder, which
 * the demo publishes first, with an individual-contributor track shaped like a real pyramid.
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

    private DemoLadder() {
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
