package io.cadre.planning.service;

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
 * The figures of an org on a date, counted as the span-of-control and pyramid reports count them: a manager is anyone
 * with at least one report among the people counted, a person's layer is 1 when their manager is not counted (or they
 * have none) and one more than their manager's otherwise, and the org's layers are its managers' deepest layer.
 */
final class ScenarioFigures {

    private ScenarioFigures() {
    }

    /** The figures of these people; {@code pay} gives a level's yearly cost, or null when the caller may not see pay. */
    static OrgFigures of(Collection<ScenarioPerson> people, Function<String, BigDecimal> pay) {
        Map<UUID, ScenarioPerson> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.id(), p));
        Map<UUID, Integer> reports = new HashMap<>();
        for (ScenarioPerson person : people) {
            if (person.managerId() != null && byId.containsKey(person.managerId())) {
                reports.merge(person.managerId(), 1, Integer::sum);
            }
        }
        Map<UUID, Integer> layers = new HashMap<>();
        int deepest = 0;
        for (UUID manager : reports.keySet()) {
            deepest = Math.max(deepest, layer(manager, byId, layers));
        }
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
        return new OrgFigures(people.size(), reports.size(), deepest, median(reports.values()), cost, levels);
    }

    private static int layer(UUID id, Map<UUID, ScenarioPerson> byId, Map<UUID, Integer> layers) {
        List<UUID> chain = new ArrayList<>();
        UUID at = id;
        while (at != null && byId.containsKey(at) && !layers.containsKey(at) && chain.size() <= byId.size()) {
            chain.add(at);
            at = byId.get(at).managerId();
        }
        int base = at != null && layers.containsKey(at) ? layers.get(at) : 0;
        for (int i = chain.size() - 1; i >= 0; i--) {
            layers.put(chain.get(i), ++base);
        }
        return layers.get(id);
    }

    private static Double median(Collection<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
