package io.cadre.demo;

import io.cadre.org.api.AssignTeamLead;
import io.cadre.org.api.ChangeLevel;
import io.cadre.org.api.ChangeManager;
import io.cadre.org.api.ChangeTitle;
import io.cadre.org.api.FormTeam;
import io.cadre.org.api.HirePerson;
import io.cadre.org.api.LeaveKind;
import io.cadre.org.api.LevelChangeKind;
import io.cadre.org.api.RecordLeave;
import io.cadre.org.api.RenameTeam;
import io.cadre.org.api.TeamKind;
import io.cadre.org.api.TransferPerson;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.consistency.ReadModelBarrier;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The demo organisation as it is built, one command at a time in date order: it sends each change
 * through {@link Commands}, as a user would, and remembers who leads which team so that every newcomer,
 * move and departure lands under the right manager on its date. Since it keeps that account itself, it
 * does not wait for the read models after each command (that costs up to half a second each), only once
 * at the end.
 */
final class DemoOrg {

    private final Commands commands;
    private final ReadModelBarrier readModels;
    private final Map<UUID, UUID> parents = new HashMap<>();
    private final Map<UUID, String> disciplines = new HashMap<>();
    private final Map<UUID, UUID> leads = new HashMap<>();
    private final Map<UUID, DemoMember> people = new LinkedHashMap<>();
    private int commandsSent;
    private UUID lastChanged;
    private long lastVersion;

    DemoOrg(Commands commands, ReadModelBarrier readModels) {
        this.commands = commands;
        this.readModels = readModels;
    }

    void formTeam(UUID team, String name, TeamKind kind, UUID parent, String mission, String discipline, LocalDate date) {
        send(new FormTeam(team, name, kind, parent, mission, date), team, "Demo: " + name + " is formed");
        parents.put(team, parent);
        disciplines.put(team, discipline);
    }

    void renameTeam(UUID team, String name, LocalDate date) {
        send(new RenameTeam(team, name, date, null), team, "Demo: the team's name now says what it does");
    }

    /** Hires into a team, reporting to its lead, or to the lead above while the team has none. */
    void hire(UUID person, DemoNames.Name name, UUID team, String title, String level, LocalDate date, String reason) {
        UUID manager = managerFor(team);
        add(person, name, team, manager, title, level, date, reason);
    }

    /** Hires the lead of a team, reporting to the lead above, and gives them the team's members. */
    void hireLead(UUID person, DemoNames.Name name, UUID team, String title, String level, LocalDate date, String reason) {
        UUID parent = parents.get(team);
        add(person, name, team, parent == null ? null : managerFor(parent), title, level, date, reason);
        assignLead(team, person, date);
    }

    void transfer(UUID person, UUID team, LocalDate date, String reason) {
        DemoMember member = people.get(person);
        send(new TransferPerson(person, team, date, null), person, reason);
        member.team = team;
        changeManager(person, managerFor(team), date, "Demo: reports to the lead of the new team");
        changeTitle(person, DemoLadder.contributorTitle(member.level, disciplines.get(team)), date,
                "Demo: title follows the new team's discipline");
    }

    void promote(UUID person, LocalDate date, String reason) {
        DemoMember member = people.get(person);
        DemoLadder.nextContributorLevel(member.level).ifPresent(level -> {
            send(new ChangeLevel(person, level, LevelChangeKind.PROMOTION, date, null), person, reason);
            member.level = level;
            changeTitle(person, DemoLadder.contributorTitle(level, disciplines.get(member.team)), date, reason);
        });
    }

    void changeTitle(UUID person, String title, LocalDate date, String reason) {
        DemoMember member = people.get(person);
        if (!title.equals(member.title)) {
            send(new ChangeTitle(person, title, date, null), person, reason);
            member.title = title;
        }
    }

    void leave(UUID person, LeaveKind kind, LocalDate date, String reason) {
        send(new RecordLeave(person, kind, null, date, null), person, reason);
        people.get(person).active = false;
    }

    /** A lead leaves; the successor switches to the management track, takes over the reports and leads the team. */
    void handOver(UUID leaver, UUID successor, LocalDate date) {
        DemoMember leaving = people.get(leaver);
        DemoMember next = people.get(successor);
        String reason = "Demo: " + next.name + " takes over from " + leaving.name;
        send(new ChangeLevel(successor, DemoLadder.MANAGER, LevelChangeKind.TRACK_SWITCH, date, null), successor, reason);
        next.level = DemoLadder.MANAGER;
        changeTitle(successor, DemoLadder.managerTitle(DemoLadder.MANAGER), date, reason);
        send(new RecordLeave(leaver, LeaveKind.VOLUNTARY, successor, date, null), leaver,
                "Demo: " + leaving.name + " leaves for a role elsewhere");
        // The same moves RecordLeave makes: the successor inherits the leaver's manager, everyone else the successor.
        people.forEach((id, member) -> {
            if (leaver.equals(member.manager)) {
                member.manager = id.equals(successor) ? leaving.manager : successor;
            }
        });
        leads.values().removeIf(leaver::equals);
        leaving.active = false;
        assignLead(leaving.team, successor, date);
    }

    /** Waits until the read models show everything sent, so that whoever looks next sees the whole organisation. */
    void awaitReadModels() {
        readModels.awaitEvent(lastChanged.toString(), lastVersion);
    }

    int commandsSent() {
        return commandsSent;
    }

    long hired() {
        return people.size();
    }

    long active() {
        return people.values().stream().filter(member -> member.active).count();
    }

    int teams() {
        return parents.size();
    }

    private void add(UUID person, DemoNames.Name name, UUID team, UUID manager, String title, String level,
                     LocalDate date, String reason) {
        String employeeNumber = "E%04d".formatted(people.size() + 1);
        send(new HirePerson(person, employeeNumber, name.full(), name.email(), title, team, manager, level, date),
                person, reason);
        people.put(person, new DemoMember(name.full(), team, manager, level, title));
    }

    private void assignLead(UUID team, UUID lead, LocalDate date) {
        send(new AssignTeamLead(team, lead, date, null), team, "Demo: " + people.get(lead).name + " leads the team");
        leads.put(team, lead);
        people.forEach((id, member) -> {
            if (member.active && team.equals(member.team) && !id.equals(lead)) {
                changeManager(id, lead, date, "Demo: reports to the team's new lead");
            }
        });
    }

    private void changeManager(UUID person, UUID manager, LocalDate date, String reason) {
        DemoMember member = people.get(person);
        if (!Objects.equals(manager, member.manager)) {
            send(new ChangeManager(person, manager, date, null), person, reason);
            member.manager = manager;
        }
    }

    private UUID managerFor(UUID team) {
        for (UUID unit = team; unit != null; unit = parents.get(unit)) {
            UUID lead = leads.get(unit);
            if (lead != null) {
                return lead;
            }
        }
        return null;
    }

    private void send(Object command, UUID aggregate, String reason) {
        lastVersion = commands.sendWithoutWaiting(command, aggregate, reason);
        lastChanged = aggregate;
        commandsSent++;
    }
}
