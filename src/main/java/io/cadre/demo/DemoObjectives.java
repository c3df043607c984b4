package io.cadre.demo;

import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.OrgChart;
import io.cadre.planning.api.ChangeObjectiveStatus;
import io.cadre.planning.api.Confidence;
import io.cadre.planning.api.KeyResult;
import io.cadre.planning.api.KeyResultDraft;
import io.cadre.planning.api.ObjectiveStatus;
import io.cadre.planning.api.Period;
import io.cadre.planning.api.RecordCheckIn;
import io.cadre.planning.api.WriteObjective;
import io.cadre.platform.consistency.ReadModelBarrier;
import io.cadre.platform.gateway.Commands;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's objectives for last, this and next quarter at every level, aligned from each team up to the organisation:
 * last quarter's checked in over the quarter and closed, most achieved and some missed; this quarter's checked in so far,
 * on track, at risk or off track; next quarter's written today, the organisation's and departments' committed, the
 * teams' still drafts. Written through the same commands a user sends; the same on every run.
 */
final class DemoObjectives {

    private record Theme(String title, String kr1, String unit1, int start1, int target1, String kr2, String unit2, int start2, int target2) {
    }

    private static final List<Theme> THEMES = List.of(
            new Theme("Customers finish checkout without friction", "Checkout conversion", "%", 42, 50, "Abandoned carts", "%", 30, 22),
            new Theme("Ship smaller changes, more often", "Deploys per week", null, 12, 30, "Median lead time", "hours", 40, 12),
            new Theme("Nobody is woken at night", "Pages out of hours", "per month", 14, 3, "Services with runbooks", "%", 55, 100),
            new Theme("Grow the team we need", "Engineers hired", null, 0, 4, "Offer acceptance", "%", 60, 80),
            new Theme("Search finds what people mean", "Searches with a click", "%", 61, 70, "Zero-result searches", "%", 9, 4),
            new Theme("A platform teams choose", "Services on the platform", null, 18, 30, "Onboarding time", "days", 10, 3),
            new Theme("Faster pages everywhere", "p95 page load", "ms", 1900, 1200, "Pages under budget", "%", 48, 80),
            new Theme("Every release is safe to roll back", "Releases behind a flag", "%", 35, 90, "Failed releases", "%", 6, 2));

    private final Commands commands;
    private final ReadModelBarrier readModels;
    private final LocalDate today;
    private UUID lastChanged;
    private long lastVersion;
    private int written;

    DemoObjectives(Commands commands, ReadModelBarrier readModels, LocalDate today) {
        this.commands = commands;
        this.readModels = readModels;
        this.today = today;
    }

    /** Writes the objectives of every team of the chart, parents first, and returns how many. */
    int write(OrgChart chart) {
        Map<UUID, ChartTeam> teams = new HashMap<>();
        chart.teams().forEach(t -> teams.put(t.id(), t));
        List<ChartTeam> ordered = chart.teams().stream()
                .sorted(Comparator.comparingInt((ChartTeam t) -> depth(t, teams)).thenComparing(ChartTeam::name)).toList();
        Period current = Period.quarterOf(today);
        List<Period> quarters = List.of(current.previous(), current, current.next());
        for (int q = 0; q < quarters.size(); q++) {
            for (int i = 0; i < ordered.size(); i++) {
                objective(quarters.get(q), q, ordered.get(i), i);
            }
        }
        readModels.awaitEvent(lastChanged.toString(), lastVersion);
        return written;
    }

    private void objective(Period quarter, int q, ChartTeam team, int index) {
        Theme theme = THEMES.get((index * 3 + q) % THEMES.size());
        UUID id = id(quarter, team.id());
        UUID parent = team.parentId() == null ? null : id(quarter, team.parentId());
        boolean next = q == 2;
        LocalDate written = next ? today : quarter.start();
        send(new WriteObjective(id, team.id(), quarter.toString(), theme.title(), null, parent, null,
                List.of(kr(theme.kr1(), theme.unit1(), theme.start1(), theme.target1()),
                        kr(theme.kr2(), theme.unit2(), theme.start2(), theme.target2())), written), id,
                "Demo: " + team.name() + "'s objective for " + quarter);
        this.written++;
        if (next && team.parentId() != null && index > 2) {
            return;
        }
        send(new ChangeObjectiveStatus(id, ObjectiveStatus.COMMITTED, written, null), id, "Demo: agreed in planning");
        if (next) {
            return;
        }
        boolean missed = index % 3 == 2;
        Confidence confidence = Confidence.values()[index % 3];
        for (int day : List.of(14, 35, 56, 77)) {
            LocalDate date = quarter.start().plusDays(day);
            if (date.isAfter(today) || date.isAfter(quarter.end())) {
                continue;
            }
            double elapsed = (double) ChronoUnit.DAYS.between(quarter.start(), date) / ChronoUnit.DAYS.between(quarter.start(), quarter.end());
            double pace = q == 0 ? (missed ? 0.65 : 1.05) : switch (confidence) {
                case ON_TRACK -> 1.0;
                case AT_RISK -> 0.6;
                case OFF_TRACK -> 0.3;
            };
            Confidence said = q == 0 ? (missed && day > 40 ? Confidence.AT_RISK : Confidence.ON_TRACK) : confidence;
            checkIn(id, 0, theme.start1(), theme.target1(), Math.min(1, elapsed * pace * 1.1), said, date);
            checkIn(id, 1, theme.start2(), theme.target2(), Math.min(1, elapsed * pace), said, date);
        }
        if (q == 0) {
            LocalDate closed = quarter.end().plusDays(1);
            if (missed) {
                checkIn(id, 0, theme.start1(), theme.target1(), 0.7, Confidence.OFF_TRACK, quarter.end());
            } else {
                checkIn(id, 0, theme.start1(), theme.target1(), 1, Confidence.ON_TRACK, quarter.end());
                checkIn(id, 1, theme.start2(), theme.target2(), 1, Confidence.ON_TRACK, quarter.end());
            }
            send(new ChangeObjectiveStatus(id, missed ? ObjectiveStatus.MISSED : ObjectiveStatus.ACHIEVED, closed, null), id,
                    missed ? "Demo: quarter review, fell short" : "Demo: quarter review, done");
        }
    }

    private void checkIn(UUID objective, int keyResult, int start, int target, double share, Confidence confidence, LocalDate date) {
        BigDecimal value = BigDecimal.valueOf(start + (target - start) * share).setScale(1, RoundingMode.HALF_EVEN);
        send(new RecordCheckIn(objective, KeyResult.idFor(objective, keyResult), value, confidence,
                confidence == Confidence.ON_TRACK ? null : "Demo: " + (confidence == Confidence.AT_RISK
                        ? "slower than planned" : "blocked on another team"), date), objective, "Demo: check-in");
    }

    private static KeyResultDraft kr(String title, String unit, int start, int target) {
        return new KeyResultDraft(title, unit, BigDecimal.valueOf(start), BigDecimal.valueOf(target));
    }

    private static UUID id(Period quarter, UUID team) {
        return UUID.nameUUIDFromBytes(("demo-objective/" + quarter + "/" + team).getBytes(StandardCharsets.UTF_8));
    }

    private static int depth(ChartTeam team, Map<UUID, ChartTeam> teams) {
        int depth = 0;
        for (ChartTeam t = team; t.parentId() != null && teams.containsKey(t.parentId()); t = teams.get(t.parentId())) {
            depth++;
        }
        return depth;
    }

    private void send(Object command, UUID objective, String reason) {
        lastVersion = commands.sendWithoutWaiting(command, objective, reason);
        lastChanged = objective;
    }
}
