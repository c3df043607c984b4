package io.cadre.demo;

import io.cadre.demo.DemoBlueprint.DepartmentPlan;
import io.cadre.demo.DemoBlueprint.TeamPlan;
import io.cadre.org.api.LeaveKind;
import io.cadre.org.api.TeamKind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A year of the demo organisation, planned from a fixed seed (so every run tells the same story, with the
 * same ids) and then played in date order: the leadership arrives first, engineers join all year, some move
 * team, some are promoted in the two calibration cycles, a few leave, and one team lead hands over.
 */
final class DemoStory {

    private static final long SEED = 0xCAD4EL;
    private static final int YEAR = 365;
    /** Nothing is dated in the last week, so "today" is a settled org. */
    private static final int LAST_DAY = YEAR - 7;
    private static final int FOUNDING_COHORT = 3;
    private static final int HANDOVER_DAY = 240;
    private static final String HANDOVER_TEAM = "Growth";
    private static final List<LeaveKind> LEAVE_KINDS = List.of(LeaveKind.VOLUNTARY, LeaveKind.VOLUNTARY,
            LeaveKind.INVOLUNTARY, LeaveKind.OTHER);
    private static final List<String> LEAVE_REASONS = List.of("Demo: moves on to a start-up", "Demo: relocates abroad",
            "Demo: the role did not work out", "Demo: end of a fixed-term contract");

    /** The people the demo users are. */
    record Cast(UUID director, UUID manager, UUID employee) {
    }

    private record Step(LocalDate date, int order, Consumer<DemoOrg> action) {
    }

    private record Engineer(UUID id, TeamPlan team, int hiredDay, String level) {
    }

    private record PlannedTeam(UUID id, TeamPlan plan, UUID lead, List<Engineer> engineers) {
    }

    private final LocalDate start;
    private final Random random = new Random(SEED);
    private final DemoNames names = new DemoNames(random);
    private final List<Step> steps = new ArrayList<>();
    private final List<PlannedTeam> teams = new ArrayList<>();
    private int ids;

    DemoStory(LocalDate today) {
        this.start = today.minusDays(YEAR);
    }

    Cast play(DemoOrg org) {
        Cast cast = plan();
        steps.sort(Comparator.comparing(Step::date).thenComparingInt(Step::order));
        steps.forEach(step -> step.action().accept(org));
        return cast;
    }

    private Cast plan() {
        UUID engineering = nextId();
        at(0, org -> org.formTeam(engineering, DemoBlueprint.ORGANISATION, TeamKind.ORGANIZATION, null,
                DemoBlueprint.ORGANISATION_MISSION, null, day(0)));
        hireLead(engineering, "VP of Engineering", DemoLadder.VP, 0, "Demo: the VP of Engineering joins");
        List<UUID> directors = new ArrayList<>();
        for (DepartmentPlan department : DemoBlueprint.DEPARTMENTS) {
            UUID id = nextId();
            at(0, org -> org.formTeam(id, department.name(), TeamKind.DEPARTMENT, engineering, department.mission(), null, day(0)));
            directors.add(hireLead(id, department.directorTitle(), DemoLadder.DIRECTOR, 0, "Demo: joins to lead " + department.name()));
            department.teams().forEach(team -> planTeam(team, id));
        }
        List<Engineer> pool = new ArrayList<>(teams.stream().flatMap(team -> team.engineers().stream()).toList());
        pool.remove(planHandover());
        planLeavers(pool);
        PlannedTeam checkout = teams.getFirst();
        Engineer employee = checkout.engineers().stream().filter(pool::contains).findFirst().orElseThrow();
        pool.remove(employee);
        planPromotions(pool, 182, 3, "Demo: promoted in the mid-year calibration");
        planPromotions(pool, 335, 2, "Demo: promoted in the year-end calibration");
        planTransfers(pool, 3);
        planTechLeads(pool, 2);
        return new Cast(directors.getFirst(), checkout.lead(), employee.id());
    }

    private void planTeam(TeamPlan plan, UUID department) {
        UUID id = nextId();
        at(plan.formedDay(), org -> org.formTeam(id, plan.name(), TeamKind.TEAM, department, plan.mission(),
                plan.discipline(), day(plan.formedDay())));
        String leadLevel = DemoLadder.managerLevel(random);
        UUID lead = hireLead(id, DemoLadder.managerTitle(leadLevel), leadLevel, plan.leadDay(), "Demo: joins to lead " + plan.name());
        if (plan.laterName() != null) {
            at(DemoBlueprint.RENAME_DAY, org -> org.renameTeam(id, plan.laterName(), day(DemoBlueprint.RENAME_DAY)));
        }
        List<Integer> days = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            // Teams that exist from the start have a few founding engineers in the first weeks.
            boolean founding = plan.formedDay() == 0 && i < FOUNDING_COHORT;
            days.add(founding ? 1 + random.nextInt(25) : plan.formedDay() + random.nextInt(LAST_DAY - plan.formedDay()));
        }
        Collections.sort(days);
        List<Engineer> engineers = new ArrayList<>();
        for (int hiredDay : days) {
            // The handover team's first engineer is senior enough to take over its lead.
            boolean successor = engineers.isEmpty() && plan.name().equals(HANDOVER_TEAM);
            String level = successor ? DemoLadder.SENIOR_2 : DemoLadder.contributorLevel(random);
            Engineer engineer = new Engineer(nextId(), plan, hiredDay, level);
            DemoNames.Name name = names.next();
            at(hiredDay, org -> org.hire(engineer.id(), name, id, DemoLadder.contributorTitle(level, plan.discipline()),
                    level, day(hiredDay), "Demo: new hire for " + plan.nameOn(hiredDay)));
            engineers.add(engineer);
        }
        teams.add(new PlannedTeam(id, plan, lead, engineers));
    }

    private UUID hireLead(UUID team, String title, String level, int hiredDay, String reason) {
        UUID id = nextId();
        DemoNames.Name name = names.next();
        at(hiredDay, org -> org.hireLead(id, name, team, title, level, day(hiredDay), reason));
        return id;
    }

    private Engineer planHandover() {
        PlannedTeam team = teams.stream().filter(t -> t.plan().name().equals(HANDOVER_TEAM)).findFirst().orElseThrow();
        Engineer successor = team.engineers().getFirst();
        at(HANDOVER_DAY, org -> org.handOver(team.lead(), successor.id(), day(HANDOVER_DAY)));
        return successor;
    }

    /** Leavers come from the founding engineers, so the org of eleven months ago still shows them. */
    private void planLeavers(List<Engineer> pool) {
        List<Engineer> founders = new ArrayList<>(pool.stream().filter(e -> e.hiredDay() <= 25).toList());
        Collections.shuffle(founders, random);
        for (int i = 0; i < LEAVE_KINDS.size() && i < founders.size(); i++) {
            Engineer leaver = founders.get(i);
            int leaveDay = 60 + random.nextInt(LAST_DAY - 60);
            LeaveKind kind = LEAVE_KINDS.get(i);
            String reason = LEAVE_REASONS.get(i);
            at(leaveDay, org -> org.leave(leaver.id(), kind, day(leaveDay), reason));
            pool.remove(leaver);
        }
    }

    private void planPromotions(List<Engineer> pool, int cycleDay, int count, String reason) {
        List<Engineer> eligible = pool.stream().filter(e -> e.hiredDay() <= cycleDay - 120)
                .filter(e -> DemoLadder.nextContributorLevel(e.level()).isPresent()).toList();
        for (Engineer engineer : pick(pool, eligible, count)) {
            at(cycleDay, org -> org.promote(engineer.id(), day(cycleDay), reason));
        }
    }

    private void planTransfers(List<Engineer> pool, int count) {
        for (Engineer engineer : pick(pool, pool.stream().filter(e -> e.hiredDay() < LAST_DAY - 90).toList(), count)) {
            int moveDay = Math.min(LAST_DAY, Math.max(engineer.hiredDay() + 60, 120 + random.nextInt(200)));
            List<PlannedTeam> targets = teams.stream()
                    .filter(t -> t.plan() != engineer.team() && t.plan().formedDay() < moveDay).toList();
            PlannedTeam target = targets.get(random.nextInt(targets.size()));
            at(moveDay, org -> org.transfer(engineer.id(), target.id(), day(moveDay),
                    "Demo: moves to " + target.plan().nameOn(moveDay) + " to help with its roadmap"));
        }
    }

    private void planTechLeads(List<Engineer> pool, int count) {
        List<Engineer> seniors = pool.stream().filter(e -> e.level().endsWith("senior-2") || e.level().endsWith("staff"))
                .filter(e -> e.hiredDay() < LAST_DAY - 90).toList();
        for (Engineer engineer : pick(pool, seniors, count)) {
            int day = Math.min(LAST_DAY, Math.max(engineer.hiredDay() + 90, 100 + random.nextInt(220)));
            String title = DemoLadder.contributorTitle(engineer.level(), engineer.team().discipline()) + ", Tech Lead";
            at(day, org -> org.changeTitle(engineer.id(), title, day(day), "Demo: takes on the tech lead role"));
        }
    }

    /** Picks up to {@code count} of the candidates at random and takes them out of the pool. */
    private List<Engineer> pick(List<Engineer> pool, List<Engineer> candidates, int count) {
        List<Engineer> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        List<Engineer> picked = shuffled.subList(0, Math.min(count, shuffled.size()));
        pool.removeAll(picked);
        return picked;
    }

    private void at(int day, Consumer<DemoOrg> action) {
        steps.add(new Step(day(day), steps.size(), action));
    }

    private LocalDate day(int day) {
        return start.plusDays(day);
    }

    private UUID nextId() {
        return UUID.nameUUIDFromBytes(("cadre-demo/" + ids++).getBytes(StandardCharsets.UTF_8));
    }
}
