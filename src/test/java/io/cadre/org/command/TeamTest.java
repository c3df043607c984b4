package io.cadre.org.command;

import io.cadre.org.api.FormTeam;
import io.cadre.org.api.MoveTeam;
import io.cadre.org.api.RenameTeam;
import io.cadre.org.api.TeamDissolved;
import io.cadre.org.api.TeamFormed;
import io.cadre.org.api.TeamKind;
import io.cadre.org.api.TeamRenamed;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.RuleViolation;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules a team guards itself: one test per rule. */
class TeamTest {

    private static final LocalDate FORMED = LocalDate.of(2024, 1, 1);

    private final RulesFixture rules = new RulesFixture();
    private final UUID teamId = UUID.randomUUID();
    private final String name = "Team " + teamId;
    private AggregateTestFixture<Team> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Team.class);
        fixture.registerInjectableResource(rules.rules);
    }

    private TeamFormed formed() {
        return new TeamFormed(teamId, name, TeamKind.TEAM, null, null, FORMED);
    }

    @Test
    void formingATeamRecordsItWithATrimmedName() {
        fixture.givenNoPriorActivity()
                .when(new FormTeam(teamId, "  " + name + " ", TeamKind.TEAM, null, "Ship it", FORMED))
                .expectEvents(new TeamFormed(teamId, name, TeamKind.TEAM, null, "Ship it", FORMED));
    }

    @Test
    void aTeamCannotBeFormedUnderAnUnknownParent() {
        fixture.givenNoPriorActivity()
                .when(new FormTeam(teamId, name, TeamKind.TEAM, UUID.randomUUID(), null, FORMED))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void renamingATeamRecordsTheNewName() {
        fixture.given(rules.recorded(formed()))
                .when(new RenameTeam(teamId, name + " renamed", FORMED.plusDays(10), null))
                .expectEvents(new TeamRenamed(teamId, name + " renamed", FORMED.plusDays(10)));
    }

    @Test
    void aChangeCannotTakeEffectBeforeTheTeamIsFormed() {
        fixture.given(rules.recorded(formed()))
                .when(new RenameTeam(teamId, "Earlier", FORMED.minusDays(1), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("only exists from 2024-01-01"));
    }

    @Test
    void aChangeCannotTakeEffectOnceTheTeamIsDissolved() {
        fixture.given(rules.recorded(formed(), new TeamDissolved(teamId, FORMED.plusMonths(1))))
                .when(new RenameTeam(teamId, "Later", FORMED.plusMonths(2), null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aTeamCannotBeItsOwnParent() {
        fixture.given(rules.recorded(formed()))
                .when(new MoveTeam(teamId, teamId, FORMED.plusDays(1), null))
                .expectException(InvalidInput.class);
    }

    @Test
    void dissolvingATeamRecordsIt() {
        fixture.given(rules.recorded(formed()))
                .when(new EndTeam(teamId, FORMED.plusDays(30), null))
                .expectEvents(new TeamDissolved(teamId, FORMED.plusDays(30)));
    }

    @Test
    void aTeamIsDissolvedOnlyOnce() {
        fixture.given(rules.recorded(formed(), new TeamDissolved(teamId, FORMED.plusDays(30))))
                .when(new EndTeam(teamId, FORMED.plusDays(40), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("already ended"));
    }

    @Test
    void aTeamCannotBeDissolvedBeforeAChangeAlreadyPlannedForIt() {
        fixture.given(rules.recorded(formed(), new TeamRenamed(teamId, name + " later", FORMED.plusMonths(6))))
                .when(new EndTeam(teamId, FORMED.plusMonths(3), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("change taking effect on 2024-07-01"));
    }

    @Test
    void aTeamCannotBeDissolvedOnTheDayItIsFormed() {
        fixture.given(rules.recorded(formed()))
                .when(new EndTeam(teamId, FORMED, null))
                .expectException(RuleViolation.class);
    }

    @Test
    void aStaleVersionIsRefused() {
        fixture.given(rules.recorded(formed(), new TeamRenamed(teamId, name + " 2", FORMED.plusDays(1))))
                .when(new RenameTeam(teamId, name + " 3", FORMED.plusDays(2), 0L))
                .expectException(org.axonframework.modelling.command.ConflictingAggregateVersionException.class);
    }
}
