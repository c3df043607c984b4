package io.cadre.imports.process;

import io.cadre.ladder.api.LevelCatalog;
import io.cadre.org.api.ChangeLevel;
import io.cadre.org.api.ChangeManager;
import io.cadre.org.api.ChangeTitle;
import io.cadre.org.api.FindPeopleByKeys;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.HirePerson;
import io.cadre.org.api.LevelChangeKind;
import io.cadre.org.api.PersonKeys;
import io.cadre.org.api.PersonView;
import io.cadre.org.api.TransferPerson;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.consistency.ReadModelBarrier;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One import, row by row: people already in Cadre (matched by employee number, else email) get only what
 * changed; new people are hired managers first, and a reporting line that cannot start on the hire date starts
 * on the manager's start date instead.
 *
 * <p>Rows run on a few workers side by side: first the people at the top of the file's reporting lines, then
 * their reports once all of them are hired, and so on down; then the deferred reporting lines and the updates,
 * whose rows do not depend on each other. Each worker takes a few rows at a time and does them in one short
 * transaction (a refusal among them has them done again one command per transaction: {@link ImportLedger}), so
 * that a large file costs far fewer commits. The read models are awaited once, at the end.
 */
final class ImportRun {

    private static final String NO_TITLE = "Employee";
    /** Enough to keep the database busy while each worker waits for its commit, few enough for two cores. */
    private static final int WORKERS = 4;
    /**
     * Rows done in one transaction: enough to spread a commit over many rows, few enough that the transaction stays
     * far shorter than a second (Axon's gap timeout is a minute) and that a refusal redoes little.
     */
    private static final int ROWS_PER_TRANSACTION = 25;

    private final UUID id;
    private final PeopleCsv file;
    private final String emailDomain;
    private final LevelCatalog ladders;
    private final Commands commands;
    private final Queries queries;
    private final ReadModelBarrier barrier;
    private final LocalDate today;
    private final ImportLedger ledger;
    private final Map<Integer, UUID> hired = new ConcurrentHashMap<>();
    private final List<ImportRow> deferredLines = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, UUID> deferredManagers = new ConcurrentHashMap<>();
    private final Map<Integer, LocalDate> deferredDates = new ConcurrentHashMap<>();
    private ImportTeams teams;
    private PersonKeys known = new PersonKeys(Map.of(), Map.of());

    ImportRun(UUID id, PeopleCsv file, String emailDomain, Commands commands, Queries queries, ReadModelBarrier barrier,
              ImportJobs jobs, Clock clock, LevelCatalog ladders, TransactionManager transactions) {
        this.ladders = ladders;
        this.id = id;
        this.file = file;
        this.emailDomain = emailDomain;
        this.commands = commands;
        this.queries = queries;
        this.barrier = barrier;
        this.today = LocalDate.now(clock);
        this.ledger = new ImportLedger(id, file.size(), jobs, commands, transactions);
    }

    void run() {
        List<ImportRow> rows = new ArrayList<>();
        file.readRows(emailDomain, rows, ledger.errors, ledger.adjustments);
        ledger.countReadErrors();
        ledger.report("RUNNING", false);
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, Thread.ofPlatform().name("import-" + id + "-", 0).factory());
        try (workers) {
            List<ImportRow> unique = dropDuplicates(rows);
            known = lookUp(unique);
            Map<Integer, PersonView> existing = new HashMap<>();
            List<ImportRow> newcomers = new ArrayList<>();
            for (ImportRow row : unique) {
                Optional<PersonView> person = find(row.employeeNumber(), row.email());
                person.ifPresentOrElse(p -> existing.put(row.line(), p), () -> newcomers.add(row));
            }
            teams = new ImportTeams(queries, ledger, today);
            teams.prepare(newcomers, unique);
            RowIndex index = new RowIndex(unique);
            List<ImportRow> ordered = ManagersFirst.order(newcomers, (row, message) -> {
                fail(row, message);
                ledger.step();
            });
            for (List<ImportRow> wave : waves(ordered, new RowIndex(newcomers))) {
                inParallel(workers, user, wave, row -> {
                    hire(row, index);
                    ledger.step();
                });
            }
            inParallel(workers, user, deferredLines.stream().sorted(Comparator.comparingInt(ImportRow::line)).toList(),
                    this::startDeferredReportingLine);
            inParallel(workers, user, unique.stream().filter(row -> existing.containsKey(row.line())).toList(), row -> {
                update(row, existing.get(row.line()), index);
                ledger.step();
            });
            ledger.awaitReadModels(barrier);
            ledger.report("COMPLETED", true);
        } catch (RuntimeException e) {
            ledger.fail(0, "the import stopped: " + e.getMessage());
            ledger.report("FAILED", true);
            throw e;
        }
    }

    /**
     * The new people in waves: first those whose manager the file does not hire, then their reports, and so on, so
     * that everyone's manager is hired (or refused) before them. The order within a wave is the file's order.
     */
    private static List<List<ImportRow>> waves(List<ImportRow> managersFirst, RowIndex newcomers) {
        Map<Integer, Integer> depth = new HashMap<>();
        List<List<ImportRow>> waves = new ArrayList<>();
        for (ImportRow row : managersFirst) {
            ImportRow manager = newcomers.managerOf(row);
            int level = manager == null ? 0 : depth.getOrDefault(manager.line(), -1) + 1;
            depth.put(row.line(), level);
            while (waves.size() <= level) {
                waves.add(new ArrayList<>());
            }
            waves.get(level).add(row);
        }
        waves.forEach(wave -> wave.sort(Comparator.comparingInt(ImportRow::line)));
        return waves;
    }

    /**
     * Runs the work for every row on the workers, as the importing user, a few rows to a transaction, and returns
     * when all of it is done. A short list is spread over all the workers rather than given to one.
     */
    private void inParallel(ExecutorService workers, Authentication user, List<ImportRow> rows, Consumer<ImportRow> work) {
        int perGroup = Math.clamp((rows.size() + WORKERS - 1) / WORKERS, 1, ROWS_PER_TRANSACTION);
        List<Future<?>> running = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += perGroup) {
            List<ImportRow> group = rows.subList(from, Math.min(rows.size(), from + perGroup));
            running.add(workers.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(user);
                try {
                    ledger.inOneTransaction(group, work);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        RuntimeException failure = null;
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The people the file names (as themselves or as managers) whom Cadre already knows, found in one query. */
    private PersonKeys lookUp(List<ImportRow> rows) {
        Set<String> numbers = new HashSet<>();
        Set<String> emails = new HashSet<>();
        for (ImportRow row : rows) {
            addKey(numbers, row.employeeNumber());
            addKey(numbers, row.managerEmployeeNumber());
            addKey(emails, row.email());
            addKey(emails, row.managerEmail());
        }
        return queries.ask(new FindPeopleByKeys(numbers, emails), PersonKeys.class);
    }

    private static void addKey(Set<String> keys, String key) {
        if (key != null && !key.isBlank()) {
            keys.add(key.strip());
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
            ledger.afterCommit(() -> {
                deferredLines.add(row);
                deferredManagers.put(row.line(), manager.id());
                deferredDates.put(row.line(), manager.start());
            });
            managerId = null;
        }
        String title = row.title();
        if (title == null) {
            adjust(row, "no job title: recorded as '" + NO_TITLE + "'");
            title = NO_TITLE;
        }
        String level = levelOnALadder(row);
        UUID person = UUID.randomUUID();
        HirePerson hire = new HirePerson(person, row.employeeNumber(), row.name(), row.email(), title, team, managerId,
                level, row.startDate());
        try {
            send(hire, person, row);
        } catch (RuleViolation e) {
            if (managerId == null) {
                fail(row, e.getMessage());
                return;
            }
            adjust(row, "hired without a manager: " + e.getMessage());
            if (!attempt(new HirePerson(person, row.employeeNumber(), row.name(), row.email(), title, team, null, level,
                    row.startDate()), person, row)) {
                return;
            }
        } catch (InvalidInput e) {
            fail(row, e.getMessage());
            return;
        }
        ledger.afterCommit(() -> hired.put(row.line(), person));
    }

    /**
     * The row's level, or null when published ladders do not know it: the person is then hired without a level,
     * which is reported, rather than refused for a label their HRIS gave them.
     */
    private String levelOnALadder(ImportRow row) {
        if (row.level() == null) {
            return null;
        }
        // A file repeats a few levels many times: a group of rows judges each of them once.
        Optional<String> refusal = ledger.oncePerTransaction("level " + row.level(), () -> refusal(row.level()));
        if (refusal.isPresent()) {
            adjust(row, "hired without a level: " + refusal.get());
            return null;
        }
        return row.level();
    }

    /** Why published ladders refuse the level, if they do. */
    private Optional<String> refusal(String level) {
        try {
            ladders.judge("level", level);
            return Optional.empty();
        } catch (InvalidInput | RuleViolation e) {
            return Optional.of(e instanceof InvalidInput invalid ? invalid.errors().getFirst().message() : e.getMessage());
        }
    }

    private void startDeferredReportingLine(ImportRow row) {
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

    /** The person Cadre knows by employee number or, failing that, by email, as the lookup at the start found them. */
    private Optional<PersonView> find(String employeeNumber, String email) {
        UUID id = null;
        if (employeeNumber != null && !employeeNumber.isBlank()) {
            id = known.byEmployeeNumber().get(employeeNumber.strip());
        }
        if (id == null && email != null && !email.isBlank()) {
            id = known.byEmail().get(email.strip());
        }
        return id == null ? Optional.empty() : Optional.of(queries.ask(new GetPerson(id), PersonView.class));
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
