package io.cadre.planning.command;

import static org.hamcrest.Matchers.containsString;

import io.cadre.planning.api.AddKeyResult;
import io.cadre.planning.api.AlignObjective;
import io.cadre.planning.api.ChangeObjectiveStatus;
import io.cadre.planning.api.CheckInRecorded;
import io.cadre.planning.api.Confidence;
import io.cadre.planning.api.KeyResult;
import io.cadre.planning.api.KeyResultAdded;
import io.cadre.planning.api.KeyResultDraft;
import io.cadre.planning.api.KeyResultRevised;
import io.cadre.planning.api.ObjectiveAligned;
import io.cadre.planning.api.ObjectiveStatus;
import io.cadre.planning.api.ObjectiveStatusChanged;
import io.cadre.planning.api.ObjectiveWritten;
import io.cadre.planning.api.Period;
import io.cadre.planning.api.RecordCheckIn;
import io.cadre.planning.api.ReviseKeyResult;
import io.cadre.planning.api.WriteObjective;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import io.cadre.support.TestDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules an objective guards: one test per rule. */
class ObjectiveTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 15);
    private static final LocalDate FORMED = LocalDate.of(2025, 1, 1);

    private final Map<UUID, TeamDirectory.TeamFacts> teams = new HashMap<>();
    private final ObjectiveRegistry registry = new ObjectiveRegistry(TestDatabase.jdbc());
    private final ObjectiveRules rules = new ObjectiveRules(registry, id -> Optional.ofNullable(teams.get(id)),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    private final UUID organisation = team("Engineering", null, null);
    private final UUID department = team("Product Engineering", organisation, null);
    private final UUID checkout = team("Checkout", department, null);
    private final UUID payments = team("Payments", department, null);
    private final UUID id = UUID.randomUUID();
    private final UUID kr = Objective.keyResultId(id, 0);
    private AggregateTestFixture<Objective> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Objective.class);
        fixture.registerInjectableResource(rules);
    }

    private UUID team(String name, UUID parent, LocalDate dissolvedOn) {
        UUID teamId = UUID.randomUUID();
        teams.put(teamId, new TeamDirectory.TeamFacts(teamId, name, parent, FORMED, dissolvedOn));
        return teamId;
    }

    private static KeyResultDraft draft(String title, int start, int target) {
        return new KeyResultDraft(title, "%", BigDecimal.valueOf(start), BigDecimal.valueOf(target));
    }

    private WriteObjective write(UUID teamId, String period, UUID parentId, List<KeyResultDraft> keyResults) {
        return new WriteObjective(id, teamId, period, " Faster checkout ", null, parentId, null, keyResults, TODAY);
    }

    private ObjectiveWritten written() {
        return new ObjectiveWritten(id, checkout, "2027-Q2", "Faster checkout", null, null, null,
                List.of(new KeyResult(kr, "Conversion", "%", BigDecimal.valueOf(40), BigDecimal.valueOf(55))), TODAY);
    }

    private ObjectiveStatusChanged committed() {
        return new ObjectiveStatusChanged(id, ObjectiveStatus.DRAFT, ObjectiveStatus.COMMITTED, TODAY);
    }

    /** An objective in the registry, as the command side would have written it, for alignment. */
    private UUID registered(UUID teamId, String period, ObjectiveStatus status) {
        UUID parent = UUID.randomUUID();
        registry.register(parent, teamId, Period.parse("period", period), null);
        registry.status(parent, status);
        return parent;
    }

    @Test
    void writingAnObjectiveRecordsADraftWithItsKeyResults() {
        fixture.givenNoPriorActivity()
                .when(write(checkout, "2027-Q2", null, List.of(draft("Conversion", 40, 55))))
                .expectEvents(written());
    }

    @Test
    void theKeyResultsOfAnObjectiveKeepTheirUnitAndValuesWithoutTrailingZeros() {
        fixture.givenNoPriorActivity()
                .when(write(checkout, "2027-Q2", null, List.of(new KeyResultDraft("Latency", "ms", new BigDecimal("800.0"),
                        new BigDecimal("300.00")))))
                .expectEvents(new ObjectiveWritten(id, checkout, "2027-Q2", "Faster checkout", null, null, null,
                        List.of(new KeyResult(kr, "Latency", "ms", BigDecimal.valueOf(800), BigDecimal.valueOf(300))), TODAY));
    }

    @Test
    void aPeriodMustBeAQuarterAHalfOrAYear() {
        fixture.givenNoPriorActivity()
                .when(write(checkout, "2027-Q5", null, List.of()))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("2027-Q1, 2027-H1 or 2027"));
    }

    @Test
    void aPeriodThatHasEndedTakesNoNewObjectives() {
        fixture.givenNoPriorActivity()
                .when(write(checkout, "2026-Q4", null, List.of()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("ended on 2026-12-31"));
    }

    @Test
    void theCurrentHalfAndYearAndLaterOnesTakeObjectives() {
        fixture.givenNoPriorActivity()
                .when(write(checkout, "2027-H1", null, List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anObjectiveBelongsToAKnownTeam() {
        fixture.givenNoPriorActivity()
                .when(write(UUID.randomUUID(), "2027-Q2", null, List.of()))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("teamId"));
    }

    @Test
    void aDissolvedTeamTakesNoNewObjectives() {
        UUID gone = team("Gone", department, LocalDate.of(2026, 6, 1));
        fixture.givenNoPriorActivity()
                .when(write(gone, "2027-Q2", null, List.of()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("dissolved on 2026-06-01"));
    }

    @Test
    void aKeyResultMustMoveFromItsStartToADifferentTarget() {
        fixture.givenNoPriorActivity()
                .when(write(checkout, "2027-Q2", null, List.of(draft("Flat", 5, 5))))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("keyResults[0].target"));
    }

    @Test
    void anObjectiveCanBeAlignedUnderAnObjectiveOfATeamAbove() {
        UUID parent = registered(department, "2027", ObjectiveStatus.COMMITTED);
        fixture.givenNoPriorActivity()
                .when(write(checkout, "2027-Q2", parent, List.of()))
                .expectEvents(new ObjectiveWritten(id, checkout, "2027-Q2", "Faster checkout", null, parent, null, List.of(), TODAY));
    }

    @Test
    void anObjectiveCanBeAlignedUnderAnObjectiveOfTheWholeOrganisation() {
        UUID parent = registered(organisation, "2027-Q2", ObjectiveStatus.DRAFT);
        fixture.given(written())
                .when(new AlignObjective(id, parent, TODAY, null))
                .expectEvents(new ObjectiveAligned(id, parent, TODAY));
    }

    @Test
    void anObjectiveCannotBeAlignedUnderATeamThatIsNotAboveIt() {
        UUID sibling = registered(payments, "2027-Q2", ObjectiveStatus.DRAFT);
        fixture.given(written())
                .when(new AlignObjective(id, sibling, TODAY, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("Payments, which is not above"));
    }

    @Test
    void anObjectiveCannotBeAlignedUnderOneOfItsOwnTeam() {
        UUID own = registered(checkout, "2027", ObjectiveStatus.DRAFT);
        fixture.given(written())
                .when(new AlignObjective(id, own, TODAY, null))
                .expectException(RuleViolation.class);
    }

    @Test
    void theParentsPeriodMustCoverTheObjectivesPeriod() {
        UUID parent = registered(department, "2027-Q1", ObjectiveStatus.COMMITTED);
        fixture.given(written())
                .when(new AlignObjective(id, parent, TODAY, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("period covers it"));
    }

    @Test
    void aDroppedObjectiveTakesNoAlignedObjectives() {
        UUID parent = registered(department, "2027", ObjectiveStatus.DROPPED);
        fixture.given(written())
                .when(new AlignObjective(id, parent, TODAY, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("dropped"));
    }

    @Test
    void theParentMustBeAKnownObjective() {
        fixture.given(written())
                .when(new AlignObjective(id, UUID.randomUUID(), TODAY, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("parentId"));
    }

    @Test
    void aDraftWithKeyResultsCanBeCommitted() {
        fixture.given(written())
                .when(new ChangeObjectiveStatus(id, ObjectiveStatus.COMMITTED, TODAY, null))
                .expectEvents(committed())
                .expectResultMessagePayload(1L);
    }

    @Test
    void anObjectiveWithoutKeyResultsCannotBeCommitted() {
        fixture.given(new ObjectiveWritten(id, checkout, "2027-Q2", "Faster checkout", null, null, null, List.of(), TODAY))
                .when(new ChangeObjectiveStatus(id, ObjectiveStatus.COMMITTED, TODAY, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("at least one key result"));
    }

    @Test
    void aDraftCannotBeAchievedWithoutBeingCommitted() {
        fixture.given(written())
                .when(new ChangeObjectiveStatus(id, ObjectiveStatus.ACHIEVED, TODAY, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("can become only [COMMITTED, DROPPED]"));
    }

    @Test
    void anObjectiveIsNotMovedToTheStatusItHas() {
        fixture.given(written(), committed())
                .when(new ChangeObjectiveStatus(id, ObjectiveStatus.COMMITTED, TODAY, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("already COMMITTED"));
    }

    @Test
    void aCommittedObjectiveIsAchievedWithoutFurtherAdo() {
        fixture.given(written(), committed())
                .when(new ChangeObjectiveStatus(id, ObjectiveStatus.ACHIEVED, TODAY, null))
                .expectEvents(new ObjectiveStatusChanged(id, ObjectiveStatus.COMMITTED, ObjectiveStatus.ACHIEVED, TODAY));
    }

    @Test
    void droppingACommittedObjectiveNeedsAReason() {
        fixture.given(written(), committed())
                .when(new ChangeObjectiveStatus(id, ObjectiveStatus.DROPPED, TODAY, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("reason"));
    }

    @Test
    void reopeningAClosedObjectiveNeedsAReasonAndIsKeptWithIt() {
        fixture.given(written(), committed(), new ObjectiveStatusChanged(id, ObjectiveStatus.COMMITTED, ObjectiveStatus.MISSED, TODAY))
                .when(new ChangeObjectiveStatus(id, ObjectiveStatus.COMMITTED, TODAY, null), Map.of("reason", "Counted wrongly"))
                .expectEvents(new ObjectiveStatusChanged(id, ObjectiveStatus.MISSED, ObjectiveStatus.COMMITTED, TODAY));
    }

    @Test
    void aStatusChangeCannotPrecedeTheLastOne() {
        fixture.given(written(), committed())
                .when(new ChangeObjectiveStatus(id, ObjectiveStatus.ACHIEVED, TODAY.minusDays(1), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("before its last change of status"));
    }

    @Test
    void aDraftTakesNewKeyResultsFreely() {
        UUID added = UUID.randomUUID();
        fixture.given(written())
                .when(new AddKeyResult(id, added, draft("Errors", 3, 1), TODAY, null))
                .expectEvents(new KeyResultAdded(id, new KeyResult(added, "Errors", "%", BigDecimal.valueOf(3), BigDecimal.ONE), TODAY));
    }

    @Test
    void aCommittedObjectiveTakesANewKeyResultOnlyWithAReason() {
        fixture.given(written(), committed())
                .when(new AddKeyResult(id, UUID.randomUUID(), draft("Errors", 3, 1), TODAY, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("reason: is required"));
    }

    @Test
    void aCommittedObjectiveTakesANewKeyResultWithAReason() {
        UUID added = UUID.randomUUID();
        fixture.given(written(), committed())
                .when(new AddKeyResult(id, added, draft("Errors", 3, 1), TODAY, null), Map.of("reason", "Errors matter too"))
                .expectEvents(new KeyResultAdded(id, new KeyResult(added, "Errors", "%", BigDecimal.valueOf(3), BigDecimal.ONE), TODAY));
    }

    @Test
    void aDraftsKeyResultIsRewordedAndRetargetedFreely() {
        fixture.given(written())
                .when(new ReviseKeyResult(id, kr, draft("Checkout conversion", 40, 60), TODAY, null))
                .expectEvents(new KeyResultRevised(id, new KeyResult(kr, "Checkout conversion", "%", BigDecimal.valueOf(40),
                        BigDecimal.valueOf(60)), TODAY));
    }

    @Test
    void aCommittedObjectivesKeyResultIsRetargetedOnlyWithAReason() {
        fixture.given(written(), committed())
                .when(new ReviseKeyResult(id, kr, draft("Conversion", 40, 50), TODAY, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("reason"));
    }

    @Test
    void aRevisionThatChangesNothingRecordsNothing() {
        fixture.given(written(), committed())
                .when(new ReviseKeyResult(id, kr, draft("Conversion", 40, 55), TODAY, null))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void anUnknownKeyResultIsNotFound() {
        fixture.given(written())
                .when(new ReviseKeyResult(id, UUID.randomUUID(), draft("Conversion", 40, 50), TODAY, null))
                .expectException(NotFound.class);
    }

    @Test
    void aClosedObjectivesKeyResultsNoLongerChange() {
        fixture.given(written(), committed(), new ObjectiveStatusChanged(id, ObjectiveStatus.COMMITTED, ObjectiveStatus.ACHIEVED, TODAY))
                .when(new AddKeyResult(id, UUID.randomUUID(), draft("More", 0, 1), TODAY, null), Map.of("reason", "More"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("ACHIEVED"));
    }

    @Test
    void aCommittedObjectivesKeyResultTakesCheckIns() {
        fixture.given(written(), committed())
                .when(new RecordCheckIn(id, kr, new BigDecimal("47.50"), Confidence.AT_RISK, " Slower than hoped ", TODAY))
                .expectEvents(new CheckInRecorded(id, kr, new BigDecimal("47.5"), Confidence.AT_RISK, "Slower than hoped", TODAY));
    }

    @Test
    void aDraftTakesNoCheckIns() {
        fixture.given(written())
                .when(new RecordCheckIn(id, kr, BigDecimal.TEN, Confidence.ON_TRACK, null, TODAY))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("still a draft"));
    }

    @Test
    void aCheckInCannotBeDatedInTheFuture() {
        fixture.given(written(), committed())
                .when(new RecordCheckIn(id, kr, BigDecimal.TEN, Confidence.ON_TRACK, null, TODAY.plusDays(1)))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("date"));
    }

    @Test
    void anObjectiveIsCarriedIntoTheNextPeriodOnce() {
        UUID earlier = UUID.randomUUID();
        registry.register(UUID.randomUUID(), checkout, Period.parse("period", "2027-Q3"), earlier);
        fixture.givenNoPriorActivity()
                .when(new WriteObjective(id, checkout, "2027-Q3", "Again", null, null, earlier, List.of(), TODAY))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("already carried into 2027-Q3"));
    }

    @Test
    void aStaleVersionIsRefused() {
        fixture.given(written(), committed())
                .when(new ChangeObjectiveStatus(id, ObjectiveStatus.ACHIEVED, TODAY, 0L))
                .expectException(ConflictingAggregateVersionException.class);
    }
}
