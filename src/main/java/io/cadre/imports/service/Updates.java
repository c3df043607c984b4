package io.cadre.imports.service;

import io.cadre.org.api.ChangeLevel;
import io.cadre.org.api.ChangeManager;
import io.cadre.org.api.ChangeTitle;
import io.cadre.org.api.LevelChangeKind;
import io.cadre.org.api.PersonDetails;
import io.cadre.org.api.TransferPerson;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Records for people already in Cadre only what the file changes (title, team, manager, level), effective today,
 * so that the same file imported again records nothing. Only active people are updated.
 */
final class Updates {

    private final ImportTeams teams;
    private final Managers managers;
    private final ImportLines lines;
    private final OrgCommands commands;
    private final LocalDate today;

    Updates(ImportTeams teams, Managers managers, ImportLines lines, OrgCommands commands, LocalDate today) {
        this.teams = teams;
        this.managers = managers;
        this.lines = lines;
        this.commands = commands;
        this.today = today;
    }

    void update(ImportRow row, PersonDetails person) {
        if (!"ACTIVE".equals(person.status())) {
            lines.refuse(row.line(), person.name() + " is " + person.status().toLowerCase()
                    + " in Cadre; only active people are updated");
            return;
        }
        UUID subject = person.id();
        if (row.title() != null && !row.title().equals(person.title())) {
            commands.attempt(new ChangeTitle(subject, row.title(), today, null), subject, row.line());
        }
        UUID team = row.team() == null ? null : teams.existing(row.team());
        if (team != null && !team.equals(person.teamId())) {
            commands.attempt(new TransferPerson(subject, team, today, null), subject, row.line());
        }
        Managers.Manager manager = managers.of(row);
        if (manager != null && !Objects.equals(manager.id(), person.managerId())) {
            commands.attempt(new ChangeManager(subject, manager.id(), today, null), subject, row.line());
        }
        if (row.level() != null && !row.level().equals(person.level())) {
            commands.attempt(new ChangeLevel(subject, row.level(), LevelChangeKind.CORRECTION, today, null), subject, row.line());
        }
    }
}
