package io.cadre.demo;

import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.TeamKind;
import io.cadre.pipeline.api.AddCandidate;
import io.cadre.pipeline.api.CandidateDetails;
import io.cadre.pipeline.api.CandidateStage;
import io.cadre.pipeline.api.GetCandidate;
import io.cadre.pipeline.api.MoveCandidate;
import io.cadre.pipeline.api.OpenPosition;
import io.cadre.pipeline.api.PlanSuccession;
import io.cadre.pipeline.api.PositionTransition;
import io.cadre.pipeline.api.Readiness;
import io.cadre.pipeline.api.SuccessionRisk;
import io.cadre.pipeline.api.Successor;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The demo's talent pipeline: positions in every status across the teams, candidates at every stage (two accepted offers,
 * which the hiring process turns into hires starting next month), and succession plans for the directors, one covered
 * and one not. Sent through the same commands a user sends; the same on every run.
 */
final class DemoPipeline {

    private static final String[] CANDIDATES = {"Noor Haddad", "Felix Brandt", "Amara Okafor", "Lucas Moreau", "Sofia Lindqvist",
        "Kenji Watanabe", "Priya Raman", "Mateo Rossi", "Ingrid Falk", "Tomasz Nowak", "Leila Benali", "Owen Gallagher",
        "Hana Kim", "Diego Alvarez", "Elif Demir"};
    private static final String CANDIDATE_DOMAIN = "candidates.cadre.example";

    private static final Duration HIRING_PATIENCE = Duration.ofSeconds(30);

    private final Commands commands;
    private final Queries queries;
    private final LocalDate today;
    private final List<UUID> acceptedCandidates = new ArrayList<>();
    private int candidates;
    private int positions;

    DemoPipeline(Commands commands, Queries queries, LocalDate today) {
        this.commands = commands;
        this.queries = queries;
        this.today = today;
    }

    /** Fills the pipeline and the directors' succession plans from today's chart; returns how many positions it opened. */
    int fill(OrgChart chart) {
        List<ChartTeam> teams = chart.teams().stream().filter(t -> t.kind() == TeamKind.TEAM)
                .sorted(Comparator.comparing(ChartTeam::name)).toList();
        if (teams.size() < 6) {
            return 0;
        }
        UUID senior = position(teams.get(0), "engineering/senior-1", "Senior Engineer", 40, 37);
        stages(senior, 35, CandidateStage.SOURCED, CandidateStage.SCREENING, CandidateStage.INTERVIEWING, CandidateStage.OFFER,
                CandidateStage.REJECTED, CandidateStage.WITHDRAWN);
        UUID filled = position(teams.get(1), "engineering/engineer", "Engineer", 80, 75);
        // The others first: once the hiring process fills the position, it takes no more candidates.
        stages(filled, 70, CandidateStage.REJECTED, CandidateStage.WITHDRAWN);
        accepted(filled, 70, 20);
        UUID principal = position(teams.get(2), "engineering/principal-ic", "Principal Engineer", 120, 110);
        accepted(principal, 100, 45);
        position(teams.get(3), "engineering/senior-2-ic", "Senior Engineer", 10, -1);
        UUID frozen = position(teams.get(4), "engineering/engineer", "Engineer", 60, 55);
        stages(frozen, 50, CandidateStage.INTERVIEWING);
        transition(frozen, PositionTransition.FREEZE, 20, "Demo: budget on hold until next quarter");
        UUID cancelled = position(teams.get(5), "engineering/junior", "Associate Engineer", 90, 85);
        transition(cancelled, PositionTransition.CANCEL, 30, "Demo: the team will grow by transfer instead");
        UUID fresh = position(teams.get(5), "engineering/senior-1", "Senior Engineer", 15, 12);
        stages(fresh, 10, CandidateStage.SOURCED, CandidateStage.SCREENING);
        successors(chart);
        awaitHires();
        return positions;
    }

    /** The hiring process hires accepted candidates a moment after their acceptance: the demo is done once it has. */
    private void awaitHires() {
        long deadline = System.nanoTime() + HIRING_PATIENCE.toNanos();
        for (UUID candidate : acceptedCandidates) {
            CandidateDetails details = queries.ask(new GetCandidate(candidate), CandidateDetails.class);
            while (details.personId() == null && details.hireProblem() == null) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The hiring process did not hire demo candidate " + candidate + " in " + HIRING_PATIENCE);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                details = queries.ask(new GetCandidate(candidate), CandidateDetails.class);
            }
        }
    }

    /** Opens a position some days ago and approves it a few days later (-1: leaves it proposed). */
    private UUID position(ChartTeam team, String level, String title, int openedDaysAgo, int approvedDaysAgo) {
        UUID id = id("position:" + team.id() + ":" + title + ":" + openedDaysAgo);
        commands.send(new OpenPosition(id, team.id(), level, title, team.leadId(), today.plusMonths(2), today.minusDays(openedDaysAgo)),
                id, "Demo: " + team.name() + " needs a " + title.toLowerCase());
        positions++;
        if (approvedDaysAgo >= 0) {
            transition(id, PositionTransition.APPROVE, approvedDaysAgo, "Demo: approved in the headcount plan");
        }
        return id;
    }

    private void transition(UUID position, PositionTransition transition, int daysAgo, String reason) {
        commands.send(transition.command(position, today.minusDays(daysAgo), null), position, reason);
    }

    /** One candidate per stage given, added some days ago and moved there a week later. */
    private void stages(UUID position, int addedDaysAgo, CandidateStage... stages) {
        for (CandidateStage stage : stages) {
            UUID candidate = candidate(position, addedDaysAgo);
            if (stage != CandidateStage.SOURCED) {
                move(candidate, stage, null, addedDaysAgo - 7, "Demo: moved to " + stage.name().toLowerCase());
            }
        }
    }

    /** A candidate taken through the interviews to an offer they accept, starting some days from today. */
    private void accepted(UUID position, int addedDaysAgo, int startsInDays) {
        UUID candidate = candidate(position, addedDaysAgo);
        move(candidate, CandidateStage.SCREENING, null, addedDaysAgo - 5, "Demo: strong application");
        move(candidate, CandidateStage.INTERVIEWING, null, addedDaysAgo - 12, "Demo: passed the screening call");
        move(candidate, CandidateStage.OFFER, null, addedDaysAgo - 25, "Demo: the panel agreed");
        move(candidate, CandidateStage.ACCEPTED, today.plusDays(startsInDays), addedDaysAgo - 30, "Demo: signed the offer");
        acceptedCandidates.add(candidate);
    }

    private UUID candidate(UUID position, int addedDaysAgo) {
        String name = CANDIDATES[candidates % CANDIDATES.length];
        UUID id = id("candidate:" + position + ":" + candidates);
        String email = name.toLowerCase().replace(' ', '.') + "." + candidates + "@" + CANDIDATE_DOMAIN;
        candidates++;
        commands.send(new AddCandidate(id, position, name, email, candidates % 3 == 0 ? "Referral" : "Careers page",
                today.minusDays(addedDaysAgo)), id, "Demo: applied");
        return id;
    }

    private void move(UUID candidate, CandidateStage stage, LocalDate startDate, int daysAgo, String reason) {
        commands.send(new MoveCandidate(candidate, stage, startDate, today.minusDays(Math.max(0, daysAgo)), null), candidate, reason);
    }

    /** Each director's plan: the first has a team lead ready now, the others only successors for later, so coverage shows a gap. */
    private void successors(OrgChart chart) {
        Map<UUID, List<ChartTeam>> below = chart.teams().stream().filter(t -> t.parentId() != null && t.leadId() != null)
                .collect(Collectors.groupingBy(ChartTeam::parentId));
        List<ChartTeam> departments = chart.teams().stream().filter(t -> t.kind() == TeamKind.DEPARTMENT && t.leadId() != null)
                .sorted(Comparator.comparing(ChartTeam::name)).toList();
        List<UUID> active = chart.people().stream().map(ChartPerson::id).toList();
        for (int d = 0; d < departments.size(); d++) {
            ChartTeam department = departments.get(d);
            List<Successor> successors = new ArrayList<>();
            List<ChartTeam> leads = below.getOrDefault(department.id(), List.of()).stream()
                    .filter(t -> active.contains(t.leadId()) && !t.leadId().equals(department.leadId()))
                    .sorted(Comparator.comparing(ChartTeam::name)).toList();
            for (int i = 0; i < leads.size() && i < 2; i++) {
                Readiness readiness = d == 0 && i == 0 ? Readiness.READY_NOW : i == 0 ? Readiness.ONE_TO_TWO_YEARS : Readiness.LATER;
                successors.add(new Successor(leads.get(i).leadId(), readiness));
            }
            UUID director = department.leadId();
            UUID plan = PlanSuccession.planOf(director);
            commands.send(new PlanSuccession(plan, director, d == 0 ? SuccessionRisk.MEDIUM : SuccessionRisk.HIGH, successors,
                    today.minusDays(14), null), plan, "Demo: talent review of " + department.name());
        }
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
