package io.cadre.demo;

import java.util.List;

/**
 * The shape of the demo organisation: its departments and teams, what each is for, and on which day of
 * the demo year each team is formed and gets its lead. Leads start after their director, who starts on
 * day 0 with the VP, so that everyone's manager exists when they join.
 */
final class DemoBlueprint {

    static final String ORGANISATION = "Engineering";
    static final String ORGANISATION_MISSION = "Build and run the products our customers rely on, every day";

    /** The day of the demo year on which teams with a later name take it. */
    static final int RENAME_DAY = 150;

    /**
     * A team of engineers of one discipline; {@code laterName}, when set, is the name it takes on
     * {@link #RENAME_DAY}.
     */
    record TeamPlan(String name, String laterName, String mission, String discipline, int size, int formedDay, int leadDay) {

        String nameOn(int day) {
            return laterName != null && day >= RENAME_DAY ? laterName : name;
        }
    }

    record DepartmentPlan(String name, String mission, String directorTitle, List<TeamPlan> teams) {
    }

    static final List<DepartmentPlan> DEPARTMENTS = List.of(
            new DepartmentPlan("Product Engineering", "Everything our customers see and touch",
                    "Director of Product Engineering", List.of(
                    new TeamPlan("Checkout", null, "Make paying fast, safe and boring", "Software Engineer", 8, 0, 3),
                    new TeamPlan("Growth", null, "Turn first visits into loyal customers", "Software Engineer", 7, 0, 10),
                    new TeamPlan("Mobile Apps", null, "Our product in every pocket, online or not", "Mobile Engineer", 7, 0, 21))),
            new DepartmentPlan("Platform", "The foundations every product team builds on",
                    "Director of Platform Engineering", List.of(
                    new TeamPlan("Infrastructure", null, "Keep every service up, fast and affordable",
                            "Site Reliability Engineer", 8, 0, 5),
                    new TeamPlan("Data", "Data Platform", "Trustworthy data for every decision", "Data Engineer", 8, 0, 16),
                    // Formed later and led later still, so its first engineers report to the director for a while.
                    new TeamPlan("Developer Experience", null, "Make shipping a change quick and safe",
                            "Software Engineer", 6, 75, 130))));

    private DemoBlueprint() {
    }
}
