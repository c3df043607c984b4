package io.cadre.org.command;

import io.cadre.org.api.ChangeManager;
import io.cadre.org.api.ChangeTitle;
import io.cadre.org.api.CorrectPersonalData;
import io.cadre.org.api.ErasePersonalData;
import io.cadre.org.api.PersonalDataErased;
import io.cadre.platform.gateway.CommandContext;
import io.cadre.org.api.HirePerson;
import io.cadre.org.api.LeaveKind;
import io.cadre.org.api.ManagerChanged;
import io.cadre.org.api.PersonHired;
import io.cadre.org.api.PersonLeft;
import io.cadre.org.api.PersonTransferred;
import io.cadre.org.api.TeamFormed;
import io.cadre.org.api.TeamKind;
import io.cadre.org.api.TitleChanged;
import io.cadre.org.api.TransferPerson;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.RuleViolation;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules a person guards themselves: one test per rule. */
class PersonTest {

    private static final LocalDate START = LocalDate.of(2024, 3, 1);

    private final RulesFixture rules = new RulesFixture();
    private final UUID teamId = UUID.randomUUID();
    private final UUID personId = UUID.randomUUID();
    private AggregateTestFixture<Person> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
        fixture.registerInjectableResource(rules.rules);
        fixture.registerInjectableResource(rules.personalData);
        fixture.registerInjectableResource(rules.ladders);
        rules.recorded(new TeamFormed(teamId, "Team " + teamId, TeamKind.TEAM, null, null, START.minusYears(1)));
    }

    private PersonHired hired() {
        return new PersonHired(personId, null, "Engineer", teamId, null, null, null, START);
    }

    private HirePerson hire(String employeeNumber, UUID team, UUID manager) {
        return new HirePerson(personId, employeeNumber, " Grace Hopper ", personId + "@example.com", "Engineer", team, manager,
                "engineering/senior-1", START);
    }

    @Test
    void hiringRecordsThePersonWithoutTheirNameOrEmail() {
        fixture.givenNoPriorActivity()
                .when(hire(" E-" + personId + " ", teamId, null))
                .expectEvents(new PersonHired(personId, "E-" + personId, "Engineer", teamId, null, "engineering/senior-1", null, START));
    }

    @Test
    void aPersonCannotBeHiredIntoAnUnknownTeam() {
        fixture.givenNoPriorActivity()
                .when(hire(null, UUID.randomUUID(), null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(Matchers.containsString("teamId"));
    }

    @Test
    void aPersonCannotBeHiredUnderAnUnknownManager() {
        fixture.givenNoPriorActivity()
                .when(hire(null, teamId, UUID.randomUUID()))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(Matchers.containsString("managerId"));
    }

    @Test
    void anEmployeeNumberBelongsToOnePerson() {
        String number = "E-" + UUID.randomUUID();
        rules.rules.claimEmployeeNumber(number, UUID.randomUUID());
        fixture.givenNoPriorActivity()
                .when(hire(number, teamId, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString(number));
    }

    @Test
    void aChangeCannotTakeEffectBeforeThePersonStarts() {
        fixture.given(rules.recorded(hired()))
                .when(new ChangeTitle(personId, "Senior Engineer", START.minusDays(1), null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void changingTheTitleRecordsIt() {
        fixture.given(rules.recorded(hired()))
                .when(new ChangeTitle(personId, "Senior Engineer", START.plusMonths(6), null))
                .expectEvents(new TitleChanged(personId, "Senior Engineer", START.plusMonths(6)));
    }

    @Test
    void nobodyManagesThemselves() {
        fixture.given(rules.recorded(hired()))
                .when(new ChangeManager(personId, personId, START.plusDays(1), null))
                .expectException(InvalidInput.class);
    }

    @Test
    void aTransferWithAManagerRecordsTheMoveAndTheNewManagerTogether() {
        UUID otherTeam = UUID.randomUUID();
        UUID manager = UUID.randomUUID();
        Object[] history = rules.recorded(hired());
        rules.recorded(new TeamFormed(otherTeam, "Team " + otherTeam, TeamKind.TEAM, null, null, START.minusYears(1)),
                new PersonHired(manager, null, "Lead", otherTeam, null, null, null, START));
        fixture.given(history)
                .when(new TransferPerson(personId, otherTeam, manager, START.plusMonths(1), null))
                .expectEvents(new PersonTransferred(personId, otherTeam, START.plusMonths(1)),
                        new ManagerChanged(personId, manager, START.plusMonths(1)));
    }

    @Test
    void aTransferWithAManagerWhoReportsToThePersonIsRefusedWhole() {
        UUID report = UUID.randomUUID();
        Object[] history = rules.recorded(hired());
        rules.recorded(new PersonHired(report, null, "Engineer", teamId, personId, null, null, START));
        fixture.given(history)
                .when(new TransferPerson(personId, teamId, report, START.plusMonths(1), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("cycle"));
    }

    @Test
    void leavingRecordsTheDateAndKind() {
        fixture.given(rules.recorded(hired()))
                .when(new EndEmployment(personId, LeaveKind.VOLUNTARY, START.plusYears(1), null))
                .expectEvents(new PersonLeft(personId, LeaveKind.VOLUNTARY, START.plusYears(1)));
    }

    @Test
    void aChangeCannotTakeEffectAfterThePersonLeft() {
        fixture.given(rules.recorded(hired(), new PersonLeft(personId, LeaveKind.OTHER, START.plusMonths(2))))
                .when(new ChangeTitle(personId, "Staff Engineer", START.plusMonths(3), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("ended on 2024-05-01"));
    }

    @Test
    void aPersonCannotLeaveBeforeAChangeAlreadyPlannedForThem() {
        fixture.given(rules.recorded(hired(), new TitleChanged(personId, "Staff Engineer", START.plusMonths(8))))
                .when(new EndEmployment(personId, LeaveKind.VOLUNTARY, START.plusMonths(4), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("2024-11-01"));
    }

    @Test
    void aPersonLeavesOnlyOnce() {
        fixture.given(rules.recorded(hired(), new PersonLeft(personId, LeaveKind.OTHER, START.plusMonths(2))))
                .when(new EndEmployment(personId, LeaveKind.OTHER, START.plusMonths(3), null))
                .expectException(RuleViolation.class);
    }

    @Test
    void anErasureNeedsAReasonAndRecordsNoValue() {
        fixture.given(rules.recorded(hired()))
                .when(new ErasePersonalData(personId, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(Matchers.containsString("reason"));
        fixture.given(rules.recorded(hired()))
                .when(new ErasePersonalData(personId, null), java.util.Map.of(CommandContext.REASON, "Request by ticket 7"))
                .expectEvents(new PersonalDataErased(personId));
    }

    @Test
    void personalDataOnceErasedCanBeNeitherCorrectedNorErasedAgain() {
        fixture.given(hired(), new PersonalDataErased(personId))
                .when(new CorrectPersonalData(personId, "Back Again", null, null))
                .expectException(RuleViolation.class);
        fixture.given(hired(), new PersonalDataErased(personId))
                .when(new ErasePersonalData(personId, null), java.util.Map.of(CommandContext.REASON, "Twice"))
                .expectException(RuleViolation.class);
    }

    @Test
    void aCorrectionWithNeitherNameNorEmailIsRefused() {
        fixture.given(hired())
                .when(new CorrectPersonalData(personId, null, null, null))
                .expectException(InvalidInput.class);
    }
}
