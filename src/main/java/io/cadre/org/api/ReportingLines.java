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
 * their manager's otherwise; a manager is anyone with a direct report among them. A cycle, which the org's rules
 * refuse, ends where it closes instead of looping.
 */
public final class ReportingLines {

    private final Map<UUID, Integer> index = new HashMap<>();
    private final Map<UUID, List<UUID>> reports = new HashMap<>();
    private final int[] managerIndex;
    private int[] layers;

    /** @param managerOf each person counted, with their manager (null for none; a manager not counted is allowed) */
    public ReportingLines(Map<UUID, UUID> managerOf) {
        managerOf.keySet().forEach(person -> index.put(person, index.size()));
        managerIndex = new int[index.size()];
        managerOf.forEach((person, manager) -> {
            Integer at = manager == null ? null : index.get(manager);
            managerIndex[index.get(person)] = at == null ? -1 : at;
            if (at != null) {
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

    /**
     * The layers of people numbered from 0, in one pass over them: {@code managerOf[i]} is the number of person i's
     * manager among them, or -1 when they have none there. Each layer is computed once, however long the lines.
     */
    public static int[] layers(int[] managerOf) {
        int[] layers = new int[managerOf.length];
        int[] chain = new int[managerOf.length];
        int[] walkedFrom = new int[managerOf.length];
        for (int person = 0; person < managerOf.length; person++) {
            int length = 0;
            int at = person;
            while (at >= 0 && layers[at] == 0 && walkedFrom[at] != person + 1) {
                walkedFrom[at] = person + 1;
                chain[length++] = at;
                at = managerOf[at];
            }
            int base = at >= 0 ? layers[at] : 0;
            while (length > 0) {
                layers[chain[--length]] = ++base;
            }
        }
        return layers;
    }

    /** Each manager's direct reports among the people counted. */
    public Map<UUID, List<UUID>> directReports() {
        return reports;
    }

    /** The person's layer: 1 at the top of the people counted. */
    public int layer(UUID person) {
        if (layers == null) {
            layers = layers(managerIndex);
        }
        return layers[index.get(person)];
    }

    /** The deepest layer among these people, or 0 for none. */
    public int deepest(Collection<UUID> people) {
        return people.stream().mapToInt(this::layer).max().orElse(0);
    }
}
