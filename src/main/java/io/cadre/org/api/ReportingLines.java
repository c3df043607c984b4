package io.cadre.org.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The shape the reporting lines give a set of people, one definition for the reports, scenarios and the growth model:
 * a person's layer is 1 when their manager is not among the people counted (or they have none), and one more than
 * their manager's otherwise; a manager is anyone with a direct report among them.
 */
public final class ReportingLines {

    private final Map<UUID, UUID> managerOf;
    private final Map<UUID, List<UUID>> reports = new HashMap<>();
    private final Map<UUID, Integer> layers = new HashMap<>();

    /** @param managerOf each person counted, with their manager (null for none; a manager not counted is allowed) */
    public ReportingLines(Map<UUID, UUID> managerOf) {
        this.managerOf = managerOf;
        managerOf.forEach((person, manager) -> {
            if (manager != null && managerOf.containsKey(manager)) {
                reports.computeIfAbsent(manager, m -> new ArrayList<>()).add(person);
            }
        });
    }

    /** The reporting lines of the people of a chart. */
    public static ReportingLines of(Collection<ChartPerson> people) {
        Map<UUID, UUID> managerOf = new HashMap<>();
        people.forEach(p -> managerOf.put(p.id(), p.managerId()));
        return new ReportingLines(managerOf);
    }

    /** Each manager's direct reports among the people counted. */
    public Map<UUID, List<UUID>> directReports() {
        return reports;
    }

    /** The person's layer: 1 at the top of the people counted. */
    public int layer(UUID person) {
        Integer known = layers.get(person);
        if (known != null) {
            return known;
        }
        List<UUID> chain = new ArrayList<>();
        UUID at = person;
        while (at != null && managerOf.containsKey(at) && !layers.containsKey(at) && !chain.contains(at)) {
            chain.add(at);
            at = managerOf.get(at);
        }
        int base = at != null && layers.containsKey(at) ? layers.get(at) : 0;
        for (int i = chain.size() - 1; i >= 0; i--) {
            layers.put(chain.get(i), ++base);
        }
        return layers.get(person);
    }

    /** The deepest layer among these people, or 0 for none. */
    public int deepest(Collection<UUID> people) {
        return people.stream().mapToInt(this::layer).max().orElse(0);
    }
}
