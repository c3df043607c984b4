package io.cadre.imports.process;

import io.cadre.org.api.ChangeLevel;
import io.cadre.org.api.ChangeManager;
import io.cadre.org.api.ChangeTitle;
import io.cadre.org.api.FindPersonByKey;
import io.cadre.org.api.HirePerson;
import io.cadre.org.api.LevelChangeKind;
import io.cadre.org.api.PersonView;
import io.cadre.org.api.TransferPerson;
import io.cadre.platform.axon.Commands;
import io.cadre.platform.axon.Queries;
import io.cadre.platform.axon.ReadModelBarrier;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One import, row by row, each change its own short transaction: people already in Cadre (matched by
 * employee number, else email) get only what changed; new people are hired managers first, and a
 * reporting line that cannot start on the hire date starts on the manager's start date instead.
 */
final class ImportRun {

    private static final String NO_TITLE = "Employee";

    private final UUID id;
    private final PeopleCsv file;
    private final String emailDomain;
    private final Commands commands;
    private final Queries queries;
    private final ReadModelBarrier barrier;
    private final LocalDate today;
    private final ImportLedger ledger;
    private final Map<Integer, UUID> hired = new HashMap<>();
    private final List<ImportRow> deferredLines = new ArrayList<>();
    private final Map<Integer, UUID> deferredManagers = new HashMap<>();
    private final Map<Integer, LocalDate> deferredDates = new HashMap<>();
    private ImportTeams teams;

    ImportRun(UUID id, PeopleCsv file, String emailDomain, Commands commands, Queries queries, ReadModelBarrier barrier,
              ImportJobs jobs, Clock clock) {
        this.id = id;
        this.file = file;
        this.emailDomain = emailDomain;
        this.commands = commands;
        this.queries = queries;
        this.barrier = barrier;
        this.today = LocalDate.now(clock);
        this.ledger = new ImportLedger(id, file.size(), jobs, commands);
    }

    void run() {
        List<ImportRow> rows = new ArrayList<>();
        file.readRows(emailDomain, rows, ledger.errors, ledger.adjustments);
        ledger.countReadErrors();
        ledger.report("RUNNING", false);
        try {
            List<ImportRow> unique = dropDuplicates(rows);
            Map<Integer, PersonView> existing = new HashMap<>();
            List<ImportRow> newcomers = new ArrayList<>();
            for (ImportRow row : unique) {
                Optional<PersonView> person = find(row.employeeNumber(), row.email());
                person.ifPresentOrElse(p -> existing.put(row.line(), p), () -> newcomers.add(row));
            }
            teams = new ImportTeams(queries, ledger::send, ledger.adjustments, today);
            teams.prepare(newcomers, unique);
            RowIndex index = new RowIndex(unique);
            for (ImportRow row : ManagersFirst.order(newcomers, (row, message) -> {
                fail(row, message);
                ledger.step();
            })) {
                hire(row, index);
                ledger.step();
            }
            startDeferredReportingLines();
            for (ImportRow row : unique) {
                if (existing.containsKey(row.line())) {
                    update(row, existing.get(row.line()), index);
                    ledger.step();
                }
            }
            ledger.awaitReadModels(barrier);
            ledger.report("COMPLETED", true);
        } catch (RuntimeException e) {
            ledger.fail(0, "the import stopped: " + e.getMessage());
            ledger.report("FAILED", true);
            throw e;
        }
    }

    private List<ImportRow> dropDuplicates(List<ImportRow> rows) {
        Map<String, Integer> seen = new HashMap<>();
        List<ImportRow> unique = new ArrayList<>();
        for (ImportRow row : rows) {
            String key = row.employeeNumber() != null ? "#" + row.employeeNumber() : row.email().toLowerCase();
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                fail(row, "the same person as line " + first);
                ledger.step();
            } else {
                unique.add(row);
            }
        }
        return unique;
    }

    private void hire(ImportRow row, RowIndex index) {
        UUID team = teams.forNewcomer(row);
        if (team == null) {
            fail(row, "team " + row.team() + " could not be formed");
            return;
        }
        Manager manager = manager(row, index);
        UUID managerId = manager == null ? null : manager.id();
        if (manager != null && manager.start().isAfter(row.startDate())) {
            adjust(row, "reports to their manager only from " + manager.start() + ", the manager's start date");
            deferredLines.add(row);
            deferredManagers.put(row.line(), manager.id());
            deferredDates.put(row.line(), manager.start());
            managerId = null;
        }
        String title = row.title();
        if (title == null) {
            adjust(row, "no job title: recorded as '" + NO_TITLE + "'");
            title = NO_TITLE;
        }
        UUID person = UUID.randomUUID();
        HirePerson hire = new HirePerson(person, row.employeeNumber(), row.name(), row.email(), title, team, managerId,
                row.level(), row.startDate());
        try {
            send(hire, person, row);
        } catch (RuleViolation e) {
            if (managerId == null) {
                fail(row, e.getMessage());
                return;
            }
            adjust(row, "hired without a manager: " + e.getMessage());
            if (!attempt(new HirePerson(person, row.employeeNumber(), row.name(), row.email(), title, team, null, row.level(),
                    row.startDate()), person, row)) {
                return;
            }
        } catch (InvalidInput e) {
            fail(row, e.getMessage());
            return;
        }
        hired.put(row.line(), person);
    }

    private void startDeferredReportingLines() {
        for (ImportRow row : deferredLines) {
            UUID person = hired.get(row.line());
            UUID manager = deferredManagers.get(row.line());
            if (person != null && manager != null) {
                try {
                    send(new ChangeManager(person, manager, deferredDates.get(row.line()), null), person, row);
                } catch (RuleViolation | InvalidInput | NotFound e) {
                    adjust(row, "the reporting line could not start on " + deferredDates.get(row.line()) + ": " + e.getMessage());
                }
            }
        }
    }

    private void update(ImportRow row, PersonView person, RowIndex index) {
        if (!"ACTIVE".equals(person.status())) {
            fail(row, person.name() + " is " + person.status().toLowerCase() + " in Cadre; only active people are updated");
            return;
        }
        UUID subject = person.id();
        if (row.title() != null && !row.title().equals(person.title())) {
            attempt(new ChangeTitle(subject, row.title(), today, null), subject, row);
        }
        UUID team = row.team() == null ? null : teams.existing(row.team());
        if (team != null && !team.equals(person.teamId())) {
            attempt(new TransferPerson(subject, team, today, null), subject, row);
        }
        Manager manager = manager(row, index);
        if (manager != null && !Objects.equals(manager.id(), person.managerId())) {
            attempt(new ChangeManager(subject, manager.id(), today, null), subject, row);
        }
        if (row.level() != null && !row.level().equals(person.level())) {
            attempt(new ChangeLevel(subject, row.level(), LevelChangeKind.CORRECTION, today, null), subject, row);
        }
    }

    /** The manager a row names: a person hired from this file, else one already in Cadre. */
    private Manager manager(ImportRow row, RowIndex index) {
        if (row.managerEmployeeNumber() == null && row.managerEmail() == null) {
            return null;
        }
        ImportRow inFile = index.managerOf(row);
        if (inFile != null && hired.containsKey(inFile.line())) {
            return new Manager(hired.get(inFile.line()), inFile.startDate());
        }
        Optional<PersonView> known = find(row.managerEmployeeNumber(), row.managerEmail());
        if (known.isEmpty()) {
            adjust(row, "manager " + Objects.requireNonNullElse(row.managerEmployeeNumber(), row.managerEmail())
                    + " is neither in the file nor in Cadre: no manager recorded");
            return null;
        }
        return new Manager(known.get().id(), known.get().startDate());
    }

    private Optional<PersonView> find(String employeeNumber, String email) {
        return queries.askList(new FindPersonByKey(employeeNumber, email), PersonView.class).stream().findFirst();
    }

    private boolean attempt(Object command, UUID subject, ImportRow row) {
        return ledger.attempt(command, subject, row.line());
    }

    private void send(Object command, UUID subject, ImportRow row) {
        ledger.send(command, subject, ledger.reason(row.line()));
    }

    private void fail(ImportRow row, String message) {
        ledger.fail(row.line(), message);
    }

    private void adjust(ImportRow row, String message) {
        ledger.adjust(row.line(), message);
    }

    /** A manager by id, with the date from which they can have reports. */
    private record Manager(UUID id, LocalDate start) {
    }
}
