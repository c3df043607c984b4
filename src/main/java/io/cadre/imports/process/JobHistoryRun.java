package io.cadre.imports.process;

import io.cadre.org.api.ChangeTitle;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.FindPersonByKey;
import io.cadre.org.api.FormTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.PersonView;
import io.cadre.org.api.TeamKind;
import io.cadre.org.api.TransferPerson;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.consistency.ReadModelBarrier;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Records a job history as back-dated changes: each past job sets the person's title and team from its start
 * date, and at the day after its end the person is back in the job Cadre knows today, unless another past
 * job starts then. What lies outside the person's employment in Cadre is cut off and reported.
 */
final class JobHistoryRun {

    private final List<HistoryCsv.Job> jobs;
    private final ImportLedger ledger;
    private final Queries queries;
    private final ReadModelBarrier barrier;
    private final LocalDate today;
    private final Map<String, UUID> teams = new HashMap<>();

    JobHistoryRun(List<HistoryCsv.Job> jobs, ImportLedger ledger, Queries queries, ReadModelBarrier barrier, LocalDate today) {
        this.jobs = jobs;
        this.ledger = ledger;
        this.queries = queries;
        this.barrier = barrier;
        this.today = today;
    }

    void run() {
        ledger.countReadErrors();
        ledger.report("RUNNING", false);
        try {
            for (ChartTeam team : queries.ask(new GetOrgChart(null, null), OrgChart.class).teams()) {
                teams.putIfAbsent(key(team.name()), team.id());
            }
            Map<String, List<HistoryCsv.Job>> byPerson = new LinkedHashMap<>();
            jobs.stream().sorted(Comparator.comparing(HistoryCsv.Job::start))
                    .forEach(job -> byPerson.computeIfAbsent(job.employeeNumber(), n -> new java.util.ArrayList<>()).add(job));
            byPerson.forEach(this::record);
            ledger.awaitReadModels(barrier);
            ledger.report("COMPLETED", true);
        } catch (RuntimeException e) {
            ledger.fail(0, "the import stopped: " + e.getMessage());
            ledger.report("FAILED", true);
            throw e;
        }
    }

    private void record(String employeeNumber, List<HistoryCsv.Job> history) {
        PersonView person = queries.askList(new FindPersonByKey(employeeNumber, null), PersonView.class).stream().findFirst()
                .orElse(null);
        for (int i = 0; i < history.size(); i++) {
            HistoryCsv.Job job = history.get(i);
            if (person == null) {
                ledger.fail(job.line(), "no person with employee number " + employeeNumber + " in Cadre");
            } else {
                LocalDate nextStart = i + 1 < history.size() ? history.get(i + 1).start() : null;
                record(person, job, nextStart);
            }
            ledger.step();
        }
    }

    private void record(PersonView person, HistoryCsv.Job job, LocalDate nextStart) {
        LocalDate from = job.start();
        LocalDate until = job.end();
        if (until.isBefore(person.startDate())) {
            ledger.adjust(job.line(), "ends before " + person.name() + " starts in Cadre on " + person.startDate() + ": not recorded");
            return;
        }
        if (from.isBefore(person.startDate())) {
            ledger.adjust(job.line(), "starts before " + person.name() + " starts in Cadre: recorded from " + person.startDate());
            from = person.startDate();
        }
        if (person.leftOn() != null && !until.isBefore(person.leftOn())) {
            ledger.adjust(job.line(), "runs past " + person.name() + "'s leave on " + person.leftOn() + ": recorded until then");
            until = person.leftOn().minusDays(1);
        }
        UUID team = job.team() == null ? null : team(job.team(), from, job.line());
        Applied applied = apply(person, job, from, job.title(), team);
        LocalDate after = until.plusDays(1);
        boolean backToToday = (nextStart == null || nextStart.isAfter(after)) && !after.isAfter(today)
                && (person.leftOn() == null || after.isBefore(person.leftOn()));
        if (backToToday) {
            apply(person, job, after, applied.title() ? person.title() : null, applied.team() ? person.teamId() : null);
        }
    }

    /** Which of a past job's title and team were recorded, so that only those are set back afterwards. */
    private record Applied(boolean title, boolean team) {
    }

    private Applied apply(PersonView person, HistoryCsv.Job job, LocalDate date, String title, UUID team) {
        boolean titleSet = title != null && ledger.attempt(new ChangeTitle(person.id(), title, date, null), person.id(), job.line());
        boolean teamSet = false;
        if (team != null) {
            try {
                ledger.send(new TransferPerson(person.id(), team, date, null), person.id(), ledger.reason(job.line()));
                teamSet = true;
            } catch (RuleViolation | InvalidInput | NotFound e) {
                ledger.adjust(job.line(), "team on " + date + " not recorded: " + e.getMessage());
            }
        }
        return new Applied(titleSet, teamSet);
    }

    private UUID team(String name, LocalDate from, int line) {
        UUID known = teams.get(key(name));
        if (known != null) {
            return known;
        }
        UUID id = UUID.randomUUID();
        ledger.send(new FormTeam(id, name, TeamKind.TEAM, null, null, from), id, ledger.reason(line));
        ledger.adjust(line, "team " + name + " was not in Cadre: formed at the top on " + from);
        teams.put(key(name), id);
        return id;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
