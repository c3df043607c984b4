package io.cadre.imports.service;

import io.cadre.org.api.PersonDetails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One import of people: people already in Cadre (matched by employee number, else email) get only what changed;
 * new people are hired managers first, and a reporting line that cannot start on the hire date starts on the
 * manager's start date instead.
 *
 * <p>Rows run on a few {@link Workers} side by side: first the people at the top of the file's reporting lines,
 * then their reports once all of them are hired, and so on down; then the later reporting lines and the updates,
 * whose rows do not depend on each other. Each worker does a few rows at a time in one short transaction
 * ({@link ShortTransactions}). The read models are awaited once, at the end.
 */
final class PeopleRun extends ImportRun<ImportRow> {

    private final PeopleCsv file;
    private final String emailDomain;

    PeopleRun(UUID id, PeopleCsv file, String emailDomain, ImportTools tools) {
        super(id, file.size(), tools);
        this.file = file;
        this.emailDomain = emailDomain;
    }

    @Override
    ReadLines<ImportRow> read() {
        return file.readRows(emailDomain);
    }

    @Override
    void importRows(List<ImportRow> rows) {
        try (Workers workers = new Workers(id, SecurityContextHolder.getContext().getAuthentication(), transactions)) {
            List<ImportRow> unique = dropDuplicates(rows);
            KnownPeople known = KnownPeople.lookUp(tools.queries(), unique);
            Map<Integer, PersonDetails> existing = new HashMap<>();
            List<ImportRow> newcomers = new ArrayList<>();
            for (ImportRow row : unique) {
                known.find(row.employeeNumber(), row.email())
                        .ifPresentOrElse(person -> existing.put(row.line(), person), () -> newcomers.add(row));
            }
            ImportTeams teams = new ImportTeams(tools.queries(), transactions, lines, commands, today);
            teams.prepare(newcomers, unique);
            Managers managers = new Managers(new RowIndex(unique), known, lines);
            Hiring hiring = new Hiring(teams, managers, new LadderLevels(tools.ladders(), lines), lines, commands);
            List<ImportRow> ordered = ManagersFirst.order(newcomers, (row, message) -> refuse(row, message));
            for (List<ImportRow> wave : ManagersFirst.waves(ordered, new RowIndex(newcomers))) {
                workers.inParallel(wave, row -> {
                    hiring.hire(row);
                    lines.lineDone();
                });
            }
            workers.inParallel(hiring.laterReportingLines(), hiring::start);
            Updates updates = new Updates(teams, managers, lines, commands, today);
            workers.inParallel(unique.stream().filter(row -> existing.containsKey(row.line())).toList(), row -> {
                updates.update(row, existing.get(row.line()));
                lines.lineDone();
            });
        }
    }

    /** The rows of distinct people: a later row for the same employee number, else email, is refused. */
    private List<ImportRow> dropDuplicates(List<ImportRow> rows) {
        Map<String, Integer> seen = new HashMap<>();
        List<ImportRow> unique = new ArrayList<>();
        for (ImportRow row : rows) {
            String key = row.employeeNumber() != null ? "#" + row.employeeNumber() : row.email().toLowerCase();
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                refuse(row, "the same person as line " + first);
            } else {
                unique.add(row);
            }
        }
        return unique;
    }

    private void refuse(ImportRow row, String message) {
        lines.refuse(row.line(), message);
        lines.lineDone();
    }
}
