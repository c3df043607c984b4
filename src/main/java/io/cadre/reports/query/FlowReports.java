package io.cadre.reports.query;

import io.cadre.shared.Median;
import static io.cadre.reports.query.Figures.ratio;
import static io.cadre.reports.query.Figures.row;

import io.cadre.reports.api.ReportPoint;
import io.cadre.reports.query.FactLog.PositionFacts;
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

/** The reports about what happened over a span of time: hires, leavers and attrition; open positions and their fills. */
final class FlowReports {

    static final List<String> LEAVE_KINDS = List.of("VOLUNTARY", "INVOLUNTARY", "OTHER");
    static final List<String> OPEN = List.of("PROPOSED", "APPROVED", "FROZEN");

    private FlowReports() {
    }

    /**
     * Hires and leavers after {@code start} up to {@code date}, per team of the scope (the team the person joined or
     * left from) and in all; attrition is leavers over the mean of the headcount at the start and at the date, scaled
     * to a year.
     */
    static ReportPoint attrition(LocalDate start, LocalDate date, OrgState org, Set<UUID> scope, Map<UUID, Integer> headcountAtStart) {
        Map<UUID, Integer> now = headcountByTeam(org);
        Map<UUID, int[]> flows = new HashMap<>();
        Map<String, Integer> byKind = new LinkedHashMap<>();
        LEAVE_KINDS.forEach(kind -> byKind.put(kind, 0));
        int hires = 0;
        int leavers = 0;
        for (OrgState.Movement movement : org.movements(start, date)) {
            if (!scope.contains(movement.teamId())) {
                continue;
            }
            int[] flow = flows.computeIfAbsent(movement.teamId(), t -> new int[2]);
            if (movement.leaveKind() == null) {
                hires++;
                flow[0]++;
            } else {
                leavers++;
                flow[1]++;
                byKind.merge(movement.leaveKind(), 1, Integer::sum);
            }
        }
        long days = ChronoUnit.DAYS.between(start, date);
        List<Map<String, Object>> rows = new ArrayList<>();
        int startTotal = 0;
        int endTotal = 0;
        for (UUID team : scope.stream().sorted(Comparator.comparing((UUID t) -> String.valueOf(org.teams.get(t).name))).toList()) {
            int before = headcountAtStart.getOrDefault(team, 0);
            int after = now.getOrDefault(team, 0);
            startTotal += before;
            endTotal += after;
            int[] flow = flows.getOrDefault(team, new int[2]);
            rows.add(row("teamId", team, "name", org.teams.get(team).name, "headcountStart", before, "headcountEnd", after,
                    "hires", flow[0], "leavers", flow[1], "attrition", annualised(flow[1], before, after, days)));
        }
        Map<String, Object> summary = row("from", start, "to", date, "hires", hires, "leavers", leavers, "leaversByKind", byKind,
                "headcountStart", startTotal, "headcountEnd", endTotal, "attrition", annualised(leavers, startTotal, endTotal, days));
        return new ReportPoint(date, List.of("teamId", "name", "headcountStart", "headcountEnd", "hires", "leavers", "attrition"),
                rows, summary);
    }

    /** The active people per team, for the headcount at the start of the next span. */
    static Map<UUID, Integer> headcountByTeam(OrgState org) {
        Map<UUID, Integer> counts = new HashMap<>();
        org.active().stream().filter(p -> p.team != null).forEach(p -> counts.merge(p.team, 1, Integer::sum));
        return counts;
    }

    static Double annualised(int leavers, int before, int after, long days) {
        double mean = (before + after) / 2.0;
        return mean == 0 || days <= 0 ? null : ratio(leavers * 365.0 / days, mean);
    }

    /** The positions of the scope open on the date, by status with their ages, and the days to fill those filled after {@code start}. */
    static ReportPoint positions(LocalDate start, LocalDate date, List<PositionFacts> positions, Set<UUID> scope) {
        Map<String, List<Long>> ages = new LinkedHashMap<>();
        OPEN.forEach(status -> ages.put(status, new ArrayList<>()));
        List<Long> toFill = new ArrayList<>();
        for (PositionFacts position : positions) {
            if (!scope.contains(position.teamId()) || position.openedOn().isAfter(date)) {
                continue;
            }
            String status = position.statusOn(date);
            if (status != null && ages.containsKey(status)) {
                ages.get(status).add(ChronoUnit.DAYS.between(position.openedOn(), date));
            }
            position.statuses().stream().filter(s -> s.status().equals("FILLED") && s.date().isAfter(start) && !s.date().isAfter(date))
                    .findFirst().ifPresent(s -> toFill.add(ChronoUnit.DAYS.between(position.openedOn(), s.date())));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        ages.forEach((status, of) -> rows.add(row("status", status, "count", of.size(), "medianAgeDays", Median.of(of),
                "oldestAgeDays", of.stream().mapToLong(Long::longValue).max().orElse(0))));
        int open = ages.values().stream().mapToInt(List::size).sum();
        return new ReportPoint(date, List.of("status", "count", "medianAgeDays", "oldestAgeDays"), rows,
                row("open", open, "filled", toFill.size(), "medianDaysToFill", Median.of(toFill)));
    }
}
