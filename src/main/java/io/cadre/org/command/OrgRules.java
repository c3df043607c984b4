package io.cadre.org.command;

import io.cadre.org.api.ChangeRetracted;
import io.cadre.org.api.LevelChanged;
import io.cadre.org.api.OrgEvent;
import io.cadre.org.api.PersonHired;
import io.cadre.org.api.ManagerChanged;
import io.cadre.org.api.PersonLeft;
import io.cadre.org.api.PersonTransferred;
import io.cadre.org.api.TeamDissolved;
import io.cadre.org.api.TeamFormed;
import io.cadre.org.api.TeamLeadAssigned;
import io.cadre.org.api.TeamMissionChanged;
import io.cadre.org.api.TeamMoved;
import io.cadre.org.api.TeamRenamed;
import io.cadre.org.api.TitleChanged;
import io.cadre.org.timeline.OrgFacts;
import io.cadre.org.timeline.TimelineTables;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rules that span teams and people, checked against the whole timeline in the command's own
 * transaction: the change is written to the command side's interval tables, then set-based lookups look
 * for any fact it breaks, at any date. A violation throws, and the transaction leaves nothing behind.
 */
@Component
class OrgRules {

    /** Serialises structural changes, so two concurrent changes cannot build a cycle together. */
    private static final long STRUCTURE_LOCK = 0x0C4D4E;
    /** The key space of the locks on one team or person (PostgreSQL keeps two-key locks apart from one-key ones). */
    private static final int SUBJECT_LOCKS = 0x0C4D;

    private final JdbcTemplate jdbc;
    private final TimelineTables timeline;
    private final TimelineLookups lookups;

    OrgRules(JdbcTemplate jdbc, TimelineLookups lookups) {
        this.jdbc = jdbc;
        this.timeline = new TimelineTables(jdbc, "rule_");
        this.lookups = lookups;
    }

    void requireKnownTeam(String field, UUID teamId) {
        if (teamId != null && !lookups.teamExists(teamId)) {
            throw InvalidInput.of(field, "no team with id " + teamId);
        }
    }

    void requireKnownPerson(String field, UUID personId) {
        if (personId != null && !lookups.personExists(personId)) {
            throw InvalidInput.of(field, "no person with id " + personId);
        }
    }

    /** As {@link #requireKnownTeam} and then {@link #requireKnownPerson}, asked in one query when there are both. */
    void requireKnownTeamAndPerson(String teamField, UUID teamId, String personField, UUID personId) {
        if (teamId == null || personId == null) {
            requireKnownTeam(teamField, teamId);
            requireKnownPerson(personField, personId);
            return;
        }
        TimelineLookups.Known known = lookups.teamAndPersonExist(teamId, personId);
        if (!known.team()) {
            throw InvalidInput.of(teamField, "no team with id " + teamId);
        }
        if (!known.person()) {
            throw InvalidInput.of(personField, "no person with id " + personId);
        }
    }

    void claimEmployeeNumber(String employeeNumber, UUID personId) {
        if (employeeNumber == null || employeeNumber.isBlank()) {
            return;
        }
        int inserted = jdbc.update("insert into rule_employee_number (employee_number, person_id) values (?, ?)"
                + " on conflict do nothing", employeeNumber, personId);
        if (inserted == 0) {
            throw new RuleViolation("The employee number " + employeeNumber + " already belongs to another person");
        }
    }

    List<UUID> membersOn(UUID teamId, LocalDate date) {
        return lookups.activeOn("rule_person_state", "person_id", "team_id", teamId, date);
    }

    List<UUID> subTeamsOn(UUID teamId, LocalDate date) {
        return lookups.activeOn("rule_team_state", "team_id", "parent_id", teamId, date);
    }

    List<UUID> reportsOn(UUID personId, LocalDate date) {
        return lookups.activeOn("rule_person_state", "person_id", "manager_id", personId, date);
    }

    List<UUID> teamsLedOn(UUID personId, LocalDate date) {
        return lookups.activeOn("rule_team_state", "team_id", "lead_id", personId, date);
    }

    /**
     * Checks the event against the timeline and, if nothing breaks, applies it to the aggregate whose command
     * is being handled; returns that aggregate's new version.
     */
    long applyChecked(OrgEvent event) {
        Long current = AggregateLifecycle.getVersion();
        long version = current == null ? 0 : current + 1;
        recordAndCheck(event, version);
        AggregateLifecycle.apply(event);
        return version;
    }

    /**
     * Retracts {@code retracted} from the timeline, refuses the retraction if the timeline without it breaks any fact,
     * and applies {@code retraction} to the aggregate whose command is being handled; returns its new version.
     */
    long retractChecked(ChangeRetracted retraction, OrgEvent retracted) {
        jdbc.execute("select pg_advisory_xact_lock(" + STRUCTURE_LOCK + ")");
        UUID id = retracted.subjectId();
        timeline.retract(OrgFacts.of(retracted).kind(), id, retraction.retractedSeq(), null);
        switch (retracted) {
            case TeamFormed e -> lookups.inactiveReference(id, Reference.MEMBER_TEAM, Reference.PARENT_TEAM).ifPresent(this::fail);
            case TeamMoved e -> checkTeamPlacement(id);
            case TeamRenamed e -> lookups.siblingNameClash(id).ifPresent(this::fail);
            case TeamLeadAssigned e -> lookups.inactiveReference(id, Reference.TEAM_LEAD).ifPresent(this::fail);
            case TeamDissolved e -> {
                lookups.inactiveReference(id, Reference.PARENT_TEAM, Reference.TEAM_LEAD).ifPresent(this::fail);
                lookups.siblingNameClash(id).ifPresent(this::fail);
            }
            case PersonHired e -> lookups.inactiveReference(id, Reference.MANAGER, Reference.TEAM_LEAD).ifPresent(this::fail);
            case PersonTransferred e -> lookups.inactiveReference(id, Reference.MEMBER_TEAM).ifPresent(this::fail);
            case ManagerChanged e -> {
                lookups.cycle(Reference.MANAGER, id).ifPresent(this::fail);
                lookups.inactiveReference(id, Reference.MANAGER).ifPresent(this::fail);
            }
            case PersonLeft e -> lookups.inactiveReference(id, Reference.MEMBER_TEAM, Reference.MANAGER).ifPresent(this::fail);
            case TeamMissionChanged e -> {
            }
            case TitleChanged e -> {
            }
            case LevelChanged e -> {
            }
        }
        long version = AggregateLifecycle.getVersion() + 1;
        AggregateLifecycle.apply(retraction);
        return version;
    }

    /** Records the event, numbered {@code seq} in its aggregate, and refuses it if it breaks any fact of the timeline. */
    void recordAndCheck(OrgEvent event, long seq) {
        lock(event);
        if (seq == 0) {
            timeline.recordFirst(OrgFacts.of(event));
        } else {
            timeline.record(OrgFacts.of(event), seq);
        }
        UUID id = event.subjectId();
        switch (event) {
            case TeamFormed e -> checkTeamPlacement(id);
            case TeamMoved e -> checkTeamPlacement(id);
            case TeamRenamed e -> lookups.siblingNameClash(id).ifPresent(this::fail);
            case TeamLeadAssigned e -> lookups.inactiveReference(id, Reference.TEAM_LEAD).ifPresent(this::fail);
            case TeamDissolved e -> lookups.inactiveReference(id, Reference.MEMBER_TEAM, Reference.PARENT_TEAM).ifPresent(this::fail);
            case PersonHired e -> lookups.inactiveReference(id, Reference.MEMBER_TEAM, Reference.MANAGER).ifPresent(this::fail);
            case PersonTransferred e -> lookups.inactiveReference(id, Reference.MEMBER_TEAM).ifPresent(this::fail);
            case ManagerChanged e -> {
                lookups.cycle(Reference.MANAGER, id).ifPresent(this::fail);
                lookups.inactiveReference(id, Reference.MANAGER).ifPresent(this::fail);
            }
            case PersonLeft e -> lookups.inactiveReference(id, Reference.MANAGER, Reference.TEAM_LEAD).ifPresent(this::fail);
            case TeamMissionChanged e -> {
            }
            case TitleChanged e -> {
            }
            case LevelChanged e -> {
            }
        }
    }

    /**
     * Takes the locks under which the event's checks stay true until it commits. Most changes take the structure
     * lock, which serialises them. No rule reads a title, a level or a mission, so changing one takes no lock. A
     * hire adds a person nobody can point at yet, in a team and under a manager that exist already: only ending that
     * team or that manager at the same time could break its checks, so it shares a lock on each with the change that
     * would end it (which takes its own exclusively, after the structure lock), and hires run side by side.
     */
    private void lock(OrgEvent event) {
        if (event instanceof TitleChanged || event instanceof LevelChanged || event instanceof TeamMissionChanged) {
            return;
        }
        if (event instanceof PersonHired hire) {
            String locks = Stream.of(hire.teamId(), hire.managerId()).filter(Objects::nonNull).mapToInt(OrgRules::subjectKey)
                    .sorted().distinct().mapToObj(key -> "pg_advisory_xact_lock_shared(" + SUBJECT_LOCKS + ", " + key + ")")
                    .collect(Collectors.joining(", "));
            if (!locks.isEmpty()) {
                jdbc.execute("select " + locks);
            }
            return;
        }
        jdbc.execute("select pg_advisory_xact_lock(" + STRUCTURE_LOCK + ")");
        if (event instanceof PersonLeft || event instanceof TeamDissolved) {
            jdbc.execute("select pg_advisory_xact_lock(" + SUBJECT_LOCKS + ", " + subjectKey(event.subjectId()) + ")");
        }
    }

    private static int subjectKey(UUID id) {
        return id.hashCode();
    }

    private void checkTeamPlacement(UUID teamId) {
        lookups.cycle(Reference.PARENT_TEAM, teamId).ifPresent(this::fail);
        lookups.inactiveReference(teamId, Reference.PARENT_TEAM).ifPresent(this::fail);
        lookups.siblingNameClash(teamId).ifPresent(this::fail);
    }

    private void fail(String message) {
        throw new RuleViolation(message);
    }
}
