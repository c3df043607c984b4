package io.cadre.imports.service;

import io.cadre.org.api.ChangeManager;
import io.cadre.org.api.HirePerson;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Hires the file's new people, each in their team with their title, level and manager. A reporting line that
 * cannot start on the hire date starts on the manager's start date instead, once everyone is hired; a manager
 * org refuses is left out and said on the line.
 */
final class Hiring {

    private static final String NO_TITLE = "Employee";

    private final ImportTeams teams;
    private final Managers managers;
    private final LadderLevels levels;
    private final ImportLines lines;
    private final OrgCommands commands;
    private final List<LaterReportingLine> later = Collections.synchronizedList(new ArrayList<>());

    Hiring(ImportTeams teams, Managers managers, LadderLevels levels, ImportLines lines, OrgCommands commands) {
        this.teams = teams;
        this.managers = managers;
        this.levels = levels;
        this.lines = lines;
        this.commands = commands;
    }

    void hire(ImportRow row) {
        UUID team = teams.forNewcomer(row);
        if (team == null) {
            lines.refuse(row.line(), "team " + row.team() + " could not be formed");
            return;
        }
        Managers.Manager manager = managers.of(row);
        UUID managerId = manager == null ? null : manager.id();
        if (manager != null && manager.start().isAfter(row.startDate())) {
            lines.adjust(row.line(), "reports to their manager only from " + manager.start() + ", the manager's start date");
            lines.afterCommit(() -> later.add(new LaterReportingLine(row, manager.id(), manager.start())));
            managerId = null;
        }
        String title = row.title();
        if (title == null) {
            lines.adjust(row.line(), "no job title: recorded as '" + NO_TITLE + "'");
            title = NO_TITLE;
        }
        Hire hire = new Hire(row, UUID.randomUUID(), title, team, levels.forHire(row));
        try {
            commands.send(hire.with(managerId), hire.person(), row.line());
        } catch (RuleViolation e) {
            if (managerId == null) {
                lines.refuse(row.line(), e.getMessage());
                return;
            }
            lines.adjust(row.line(), "hired without a manager: " + e.getMessage());
            if (!commands.attempt(hire.with(null), hire.person(), row.line())) {
                return;
            }
        } catch (InvalidInput e) {
            lines.refuse(row.line(), e.getMessage());
            return;
        }
        lines.afterCommit(() -> managers.hired(row, hire.person()));
    }

    /** The reporting lines that start after the hire, in the file's order. */
    List<LaterReportingLine> laterReportingLines() {
        synchronized (later) {
            return later.stream().sorted(Comparator.comparingInt(reporting -> reporting.row().line())).toList();
        }
    }

    /** Starts a reporting line put off until the manager's start date; a refusal is said on the line. */
    void start(LaterReportingLine reporting) {
        ImportRow row = reporting.row();
        UUID person = managers.hiredBy(row);
        if (person == null) {
            return;
        }
        try {
            commands.send(new ChangeManager(person, reporting.manager(), reporting.from(), null), person, row.line());
        } catch (RuleViolation | InvalidInput | NotFound e) {
            lines.adjust(row.line(), "the reporting line could not start on " + reporting.from() + ": " + e.getMessage());
        }
    }

    /** A row's reporting line to its manager, from the manager's start date. */
    record LaterReportingLine(ImportRow row, UUID manager, LocalDate from) {
    }

    /** A row's hire, as sent with a manager or without. */
    private record Hire(ImportRow row, UUID person, String title, UUID team, String level) {
        HirePerson with(UUID manager) {
            return new HirePerson(person, row.employeeNumber(), row.name(), row.email(), title, team, manager, level,
                    row.startDate());
        }
    }
}
