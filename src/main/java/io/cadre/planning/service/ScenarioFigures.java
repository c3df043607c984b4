package io.cadre.planning.service;

import io.cadre.org.api.ReportingLines;
import io.cadre.shared.Median;
import io.cadre.planning.api.OrgFigures;
import io.cadre.planning.api.ScenarioPerson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * The figures of an org on a date, counted as the span-of-control and pyramid reports count them, by the one definition
 * of managers and layers ({@link ReportingLines}): the org's layers are its managers' deepest layer.
 */
final class ScenarioFigures {

    private ScenarioFigures() {
    }

    /** The figures of these people; {@code pay} gives a level's yearly cost, or null when the caller may not see pay. */
    static OrgFigures of(Collection<ScenarioPerson> people, Function<String, BigDecimal> pay) {
        Map<UUID, UUID> managerOf = new HashMap<>();
        people.forEach(p -> managerOf.put(p.id(), p.managerId()));
        ReportingLines lines = new ReportingLines(managerOf);
        Map<UUID, List<UUID>> reports = lines.directReports();
        Map<String, Integer> pyramid = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        BigDecimal cost = pay == null ? null : BigDecimal.ZERO;
        for (ScenarioPerson person : people) {
            pyramid.merge(person.level(), 1, Integer::sum);
            if (cost != null) {
                cost = cost.add(Objects.requireNonNullElse(pay.apply(person.level()), BigDecimal.ZERO));
            }
        }
        List<OrgFigures.LevelCount> levels = new ArrayList<>();
        pyramid.forEach((level, count) -> levels.add(new OrgFigures.LevelCount(level, count)));
        return new OrgFigures(people.size(), reports.size(), lines.deepest(reports.keySet()),
                Median.of(reports.values().stream().map(List::size).toList()), cost, levels);
    }
}
