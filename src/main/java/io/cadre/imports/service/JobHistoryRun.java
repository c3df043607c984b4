package io.cadre.imports.service;

import io.cadre.org.api.ChangeTitle;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.FindPersonByKey;
import io.cadre.org.api.FormTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.PersonDetails;
import io.cadre.org.api.TeamKind;
import io.cadre.org.api.TransferPerson;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
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
final class JobHistoryRun extends ImportRun<HistoryCsv.Job> {

    private final ReadLines<HistoryCsv.Job> file;
    private final Map<String, UUID> teams = new HashMap<>();

    JobHistoryRun(UUID id, ReadLines<HistoryCsv.Job> file, ImportTools tools) {
        super(id, file.rows().size() + file.errors().size(), tools);
        this.file = file;
    }

    @Override
    ReadLines<HistoryCsv.Job> read() {
        return file;
    }

    @Override
    void importRows(List<HistoryCsv.Job> jobs) {
        for (ChartTeam team : tools.queries().ask(new GetOrgChart(null, null), OrgChart.class).teams()) {
            teams.putIfAbsent(key(team.name()), team.id());
        }
        Map<String, List<HistoryCsv.Job>> byPerson = new LinkedHashMap<>();
        jobs.stream().sorted(Comparator.comparing(HistoryCsv.Job::start))
                .forEach(job -> byPerson.computeIfAbsent(job.employeeNumber(), n -> new ArrayList<>()).add(job));
        byPerson.forEach(this::record);
    }

    private void record(String employeeNumber, List<HistoryCsv.Job> history) {
        PersonDetails person = tools.queries().askList(new FindPersonByKey(employeeNumber, null), PersonDetails.class).stream()
                .findFirst().orElse(null);
        for (int i = 0; i < history.size(); i++) {
            HistoryCsv.Job job = history.get(i);
            if (person == null) {
                lines.refuse(job.line(), "no person with employee number " + employeeNumber + " in Cadre");
            } else {
                LocalDate nextStart = i + 1 < history.size() ? history.get(i + 1).start() : null;
                record(person, job, nextStart);
            }
            lines.lineDone();
        }
    }

    private void record(PersonDetails person, HistoryCsv.Job job, LocalDate nextStart) {
        LocalDate from = job.start();
        LocalDate until = job.end();
        if (until.isBefore(person.startDate())) {
            lines.adjust(job.line(), "ends before " + person.name() + " starts in Cadre on " + person.startDate() + ": not recorded");
            return;
        }
        if (from.isBefore(person.startDate())) {
            lines.adjust(job.line(), "starts before " + person.name() + " starts in Cadre: recorded from " + person.startDate());
            from = person.startDate();
        }
        if (person.leftOn() != null && !until.isBefore(person.leftOn())) {
            lines.adjust(job.line(), "runs past " + person.name() + "'s leave on " + person.leftOn() + ": recorded until then");
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

    private Applied apply(PersonDetails person, HistoryCsv.Job job, LocalDate date, String title, UUID team) {
        boolean titleSet = title != null && commands.attempt(new ChangeTitle(person.id(), title, date, null), person.id(), job.line());
        boolean teamSet = false;
        if (team != null) {
            try {
                commands.send(new TransferPerson(person.id(), team, date, null), person.id(), job.line());
                teamSet = true;
            } catch (RuleViolation | InvalidInput | NotFound e) {
                lines.adjust(job.line(), "team on " + date + " not recorded: " + e.getMessage());
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
        commands.send(new FormTeam(id, name, TeamKind.TEAM, null, null, from), id, line);
        lines.adjust(line, "team " + name + " was not in Cadre: formed at the top on " + from);
        teams.put(key(name), id);
        return id;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
