package io.cadre.reports.query;

import io.cadre.org.api.ReportingLines;
import io.cadre.shared.Median;
import static io.cadre.reports.query.Figures.ratio;
import static io.cadre.reports.query.Figures.row;

import io.cadre.reports.api.ReportPoint;
import io.cadre.reports.query.FactLog.LevelInfo;
import io.cadre.reports.query.OrgState.Person;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The reports about who is where on a date: headcount, span of control and layers, the level pyramid, time in level. */
final class PeopleReports {

    /** Spans under this many direct reports are outliers, as are spans over {@link #WIDEST}. */
    static final int NARROWEST = 3;
    static final int WIDEST = 10;
    /** More layers of management than this is an outlier. */
    static final int MOST_LAYERS = 6;

    private PeopleReports() {
    }

    static ReportPoint headcount(LocalDate date, OrgState org, Set<UUID> scope, String by, Map<String, LevelInfo> levels) {
        List<Person> people = org.activeIn(scope);
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        if (by.equals("team")) {
            Map<UUID, Integer> direct = new HashMap<>();
            people.forEach(p -> direct.merge(p.team, 1, Integer::sum));
            // Each team's people counted up its line of teams within the scope: once per team, not once per person.
            Map<UUID, Integer> below = new HashMap<>();
            direct.forEach((teamId, count) -> {
                UUID team = teamId;
                for (int depth = 0; team != null && scope.contains(team) && depth < 1_000; depth++) {
                    below.merge(team, count, Integer::sum);
                    team = org.teams.get(team).parent;
                }
            });
            scope.stream().map(org.teams::get).sorted(Comparator.comparing((OrgState.Team t) -> t.name == null ? "" : t.name))
                    .forEach(t -> rows.put(t.id.toString(), row("key", t.id, "label", t.name, "count", direct.getOrDefault(t.id, 0),
                            "subtreeCount", below.getOrDefault(t.id, 0))));
        } else {
            Function<Person, String[]> group = by.equals("level") ? p -> levelKey(p.level, levels) : p -> trackKey(p.level, levels);
            Map<String, String> labels = new HashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            for (Person person : people) {
                String[] keyAndLabel = group.apply(person);
                labels.put(keyAndLabel[0], keyAndLabel[1]);
                counts.merge(keyAndLabel[0], 1, Integer::sum);
            }
            counts.keySet().stream().sorted(levelOrder(levels))
                    .forEach(key -> rows.put(key, row("key", key, "label", labels.get(key), "count", counts.get(key))));
        }
        return new ReportPoint(date, List.of("key", "label", "count"), new ArrayList<>(rows.values()), row("total", people.size()));
    }

    /**
     * Each manager in the scope with their direct reports and layer. Direct reports count wherever they sit; layers are
     * those of the reporting lines among the people in the scope. One pass over the roster with arrays indexed by each
     * person's number: a 12-month series at 50,000 people walks the lines twelve times.
     */
    static ReportPoint spanOfControl(LocalDate date, OrgState org, Set<UUID> scope, Function<UUID, String> names) {
        List<Person> roster = org.roster();
        boolean[] inScope = new boolean[roster.size()];
        int[] directReports = new int[roster.size()];
        for (Person person : roster) {
            if (person.active && org.counts(person)) {
                inScope[person.index] = scope.contains(person.team);
                if (person.reportsTo != null) {
                    directReports[person.reportsTo.index]++;
                }
            }
        }
        int[] managerOf = new int[roster.size()];
        for (Person person : roster) {
            managerOf[person.index] = inScope[person.index] && person.reportsTo != null && inScope[person.reportsTo.index]
                    ? person.reportsTo.index : -1;
        }
        int[] layers = ReportingLines.layers(managerOf);
        int deepest = 0;
        List<Person> managers = new ArrayList<>();
        for (Person person : roster) {
            if (inScope[person.index]) {
                deepest = Math.max(deepest, layers[person.index]);
                if (directReports[person.index] > 0) {
                    managers.add(person);
                }
            }
        }
        // Layer, widest span first, then id.
        managers.sort(Comparator.comparingInt((Person p) -> layers[p.index]).thenComparingInt(p -> -directReports[p.index])
                .thenComparing(p -> p.id));
        List<Map<String, Object>> rows = new ArrayList<>(managers.size());
        List<Map<String, Object>> outliers = new ArrayList<>();
        List<Integer> spans = new ArrayList<>(managers.size());
        for (Person manager : managers) {
            int span = directReports[manager.index];
            spans.add(span);
            Map<String, Object> row = row("personId", manager.id, "name", names.apply(manager.id), "directReports", span,
                    "layer", layers[manager.index]);
            rows.add(row);
            if (span < NARROWEST || span > WIDEST) {
                Map<String, Object> outlier = new LinkedHashMap<>(row);
                outlier.put("reason", span < NARROWEST ? "span under " + NARROWEST : "span over " + WIDEST);
                outliers.add(outlier);
            }
        }
        Map<String, Object> summary = row("managers", rows.size(), "median", Median.of(spans), "layers", deepest,
                "layersOverLimit", deepest > MOST_LAYERS, "outliers", outliers);
        return new ReportPoint(date, List.of("personId", "name", "directReports", "layer"), rows, summary);
    }

    static ReportPoint pyramid(LocalDate date, OrgState org, Set<UUID> scope, Map<String, LevelInfo> levels) {
        List<Person> people = org.activeIn(scope);
        Set<UUID> managers = org.roster().stream().filter(p -> p.active && p.reportsTo != null).map(p -> p.reportsTo.id)
                .collect(Collectors.toSet());
        Map<String, Integer> counts = new HashMap<>();
        people.forEach(p -> counts.merge(levelKey(p.level, levels)[0], 1, Integer::sum));
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.keySet().stream().sorted(levelOrder(levels)).forEach(key -> {
            LevelInfo info = levels.get(key);
            rows.add(row("level", key, "title", info != null ? info.title() : key, "track", info != null ? info.trackKey() : null,
                    "count", counts.get(key)));
        });
        long managing = people.stream().filter(p -> managers.contains(p.id)).count();
        long ics = people.size() - managing;
        return new ReportPoint(date, List.of("level", "title", "track", "count"), rows,
                row("total", people.size(), "managers", managing, "ics", ics, "managerToIcRatio", ratio(managing, ics)));
    }

    static ReportPoint timeInLevel(LocalDate date, OrgState org, Set<UUID> scope, Map<String, LevelInfo> levels) {
        Map<String, List<Long>> days = new HashMap<>();
        for (Person person : org.activeIn(scope)) {
            days.computeIfAbsent(levelKey(person.level, levels)[0], k -> new ArrayList<>())
                    .add(ChronoUnit.DAYS.between(person.levelSince, date));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        days.keySet().stream().sorted(levelOrder(levels)).forEach(key -> {
            List<Long> of = days.get(key);
            rows.add(row("level", key, "title", levels.containsKey(key) ? levels.get(key).title() : key, "people", of.size(),
                    "medianDays", Median.of(of), "longestDays", of.stream().mapToLong(Long::longValue).max().orElse(0)));
        });
        return new ReportPoint(date, List.of("level", "title", "people", "medianDays", "longestDays"), rows, row());
    }

    /** The key and label of a person's level: the level as given, titled by its ladder when one has it. */
    static String[] levelKey(String level, Map<String, LevelInfo> levels) {
        if (level == null || level.isBlank()) {
            return new String[] {"none", "No level"};
        }
        LevelInfo info = levels.get(level);
        return new String[] {level, info != null && info.title() != null ? info.title() : level};
    }

    private static String[] trackKey(String level, Map<String, LevelInfo> levels) {
        LevelInfo info = level == null ? null : levels.get(level);
        if (info == null || info.trackKey() == null) {
            return new String[] {"none", "No track"};
        }
        return new String[] {info.trackKey(), info.trackName()};
    }

    /** Levels of a ladder by rank, ladders and free labels by name, "none" last. */
    static Comparator<String> levelOrder(Map<String, LevelInfo> levels) {
        return Comparator.comparing((String key) -> key.equals("none"))
                .thenComparing(key -> levels.containsKey(key) ? levels.get(key).ladder() : key.contains("/") ? key.substring(0, key.indexOf('/')) : key)
                .thenComparing(key -> levels.containsKey(key) ? levels.get(key).order() : Integer.MAX_VALUE)
                .thenComparing(key -> key);
    }
}
