package io.cadre.demo;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The levels and titles of the demo organisation, written as {@code engineering/<level>} free labels until
 * career ladders exist, with an individual-contributor track shaped like a real pyramid.
 */
final class DemoLadder {

    static final String VP = "engineering/vp";
    static final String DIRECTOR = "engineering/director";
    static final String MANAGER = "engineering/manager-1";
    static final String SENIOR_MANAGER = "engineering/manager-2";
    static final String SENIOR_2 = "engineering/senior-2";

    private static final String PREFIX = "engineering/";
    private static final List<String> CONTRIBUTOR_LEVELS = List.of("junior", "mid", "senior-1", "senior-2", "staff", "principal");
    /** Percent of engineers hired on each contributor level: most in the middle, few at the top. */
    private static final int[] HIRING_MIX = {12, 33, 27, 16, 9, 3};

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
            case "senior-1", "senior-2" -> "Senior " + discipline;
            case "staff" -> "Staff " + discipline;
            case "principal" -> "Principal " + discipline;
            default -> discipline;
        };
    }
}
