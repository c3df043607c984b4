package io.cadre.planning.service;

import io.cadre.ladder.api.FindLadderByCode;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderDetails;
import io.cadre.ladder.api.Level;
import io.cadre.ladder.api.SalaryBand;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.ReportingLines;
import io.cadre.org.api.OrgChart;
import io.cadre.planning.service.GrowthModel.Rung;
import io.cadre.planning.service.GrowthModel.Shape;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The org a growth model starts from, read from the live read models through the org's and the ladders' queries: its
 * shape by the real reporting lines and its level pyramid, every level of each ladder its people are on from the most
 * junior up (with the next level of its track and its band's mid-point), then free labels and people without a level.
 */
@Component
class StartingOrgs {

    static final String NO_LEVEL = "(no level)";

    /** The starting org: its shape and its pyramid (never empty, so that hires always have a level to join). */
    record StartingOrg(Shape shape, List<Rung> pyramid) {
    }

    private final Queries queries;

    StartingOrgs(Queries queries) {
        this.queries = queries;
    }

    StartingOrg on(LocalDate date, UUID rootTeamId) {
        OrgChart chart;
        try {
            chart = queries.ask(new GetOrgChart(date, rootTeamId), OrgChart.class);
        } catch (NotFound e) {
            throw InvalidInput.of("rootTeamId", "no team with id " + rootTeamId + " on " + date);
        }
        if (rootTeamId != null && chart.teams().stream().noneMatch(t -> t.id().equals(rootTeamId))) {
            throw InvalidInput.of("rootTeamId", "no team with id " + rootTeamId + " on " + date);
        }
        return new StartingOrg(shape(chart.people()), pyramid(chart.people()));
    }

    /** ICs lead no one, managers lead only ICs, directors lead at least one manager; layers count the longest reporting line. */
    static Shape shape(List<ChartPerson> people) {
        ReportingLines lines = ReportingLines.of(people);
        Map<UUID, List<UUID>> reports = lines.directReports();
        int directors = (int) reports.values().stream().filter(led -> led.stream().anyMatch(reports::containsKey)).count();
        int managers = reports.size() - directors;
        int layers = lines.deepest(people.stream().map(ChartPerson::id).toList());
        return new Shape(people.size(), people.size() - managers - directors, managers, directors, layers);
    }

    private List<Rung> pyramid(List<ChartPerson> people) {
        Map<String, Integer> held = new HashMap<>();
        people.forEach(p -> held.merge(p.level() == null || p.level().isBlank() ? NO_LEVEL : p.level(), 1, Integer::sum));
        List<Rung> rungs = new ArrayList<>();
        TreeSet<String> ladderCodes = new TreeSet<>();
        held.keySet().stream().filter(l -> l.indexOf('/') > 0).forEach(l -> ladderCodes.add(l.substring(0, l.indexOf('/'))));
        for (String code : ladderCodes) {
            LadderContent ladder = queries.askList(new FindLadderByCode(code), LadderDetails.class).stream()
                    .map(LadderDetails::published).filter(Objects::nonNull).findFirst().orElse(null);
            if (ladder == null) {
                continue;
            }
            for (Level level : ladder.levels().stream().sorted(Comparator.comparingInt(Level::order).thenComparing(Level::code)).toList()) {
                String name = code + "/" + level.code();
                rungs.add(new Rung(name, held.getOrDefault(name, 0), next(ladder, level).map(n -> code + "/" + n.code()).orElse(null),
                        midpoint(level.salaryBand())));
            }
        }
        TreeMap<String, Integer> others = new TreeMap<>(held);
        rungs.forEach(r -> others.remove(r.level()));
        Integer unlevelled = others.remove(NO_LEVEL);
        others.forEach((label, count) -> rungs.add(new Rung(label, count, null, null)));
        if (unlevelled != null || rungs.isEmpty()) {
            rungs.add(new Rung(NO_LEVEL, unlevelled == null ? 0 : unlevelled, null, null));
        }
        return rungs;
    }

    /** The level a promotion leads to: the next more senior level on the first track the level is on. */
    private static java.util.Optional<Level> next(LadderContent ladder, Level level) {
        if (level.tracks().isEmpty()) {
            return java.util.Optional.empty();
        }
        return ladder.levelsOn(level.tracks().getFirst()).stream().filter(l -> l.order() > level.order() && !l.retired()).findFirst();
    }

    private static BigDecimal midpoint(SalaryBand band) {
        if (band == null || band.min() == null || band.max() == null) {
            return null;
        }
        return band.min().add(band.max()).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }
}
