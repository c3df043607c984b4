package io.cadre.reports.query;

import static io.cadre.reports.query.Figures.ratio;
import static io.cadre.reports.query.Figures.row;

import io.cadre.reports.api.ReportPoint;
import io.cadre.reports.query.FactLog.LevelInfo;
import io.cadre.reports.query.FactLog.PromotionFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Promotion rates: per level a case was nominated to, the nominations, approvals and denials dated after {@code start}
 * up to the date, for the people whose team (on the date) is in the scope; the rate is approvals over decisions.
 */
final class PromotionReport {

    private PromotionReport() {
    }

    static ReportPoint on(LocalDate start, LocalDate date, List<PromotionFacts> promotions, OrgState org, Set<UUID> scope,
                          Map<String, LevelInfo> levels) {
        Map<String, int[]> counts = new HashMap<>();
        int[] all = new int[3];
        for (PromotionFacts promotion : promotions) {
            OrgState.Person person = org.people.get(promotion.personId());
            if (person == null || !scope.contains(person.team) || !org.counts(person)) {
                continue;
            }
            for (FactLog.Status status : promotion.statuses()) {
                int column = switch (status.status()) {
                    case "NOMINATED" -> 0;
                    case "APPROVED" -> 1;
                    case "DENIED" -> 2;
                    default -> -1;
                };
                if (column >= 0 && status.date().isAfter(start) && !status.date().isAfter(date)) {
                    counts.computeIfAbsent(promotion.targetLevel(), level -> new int[3])[column]++;
                    all[column]++;
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.keySet().stream().sorted(PeopleReports.levelOrder(levels)).forEach(level -> {
            int[] of = counts.get(level);
            rows.add(row("level", level, "title", PeopleReports.levelKey(level, levels)[1], "nominated", of[0], "approved", of[1],
                    "denied", of[2], "rate", ratio(of[1], of[1] + of[2])));
        });
        return new ReportPoint(date, List.of("level", "title", "nominated", "approved", "denied", "rate"), rows,
                row("from", start, "to", date, "nominated", all[0], "approved", all[1], "denied", all[2], "rate", ratio(all[1], all[1] + all[2])));
    }
}
