package io.cadre.pipeline.command;

import io.cadre.pipeline.api.ApprovePosition;
import io.cadre.pipeline.api.CancelPosition;
import io.cadre.pipeline.api.FillPosition;
import io.cadre.pipeline.api.FreezePosition;
import io.cadre.pipeline.api.OpenPosition;
import io.cadre.pipeline.api.PositionApproved;
import io.cadre.pipeline.api.PositionCancelled;
import io.cadre.pipeline.api.PositionFilled;
import io.cadre.pipeline.api.PositionFrozen;
import io.cadre.pipeline.api.PositionOpened;
import io.cadre.pipeline.api.PositionUnfrozen;
import io.cadre.pipeline.api.UnfreezePosition;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.RuleViolation;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules a position guards: what it may be opened for, and which status each transition starts from. */
class PositionTest {

    private static final LocalDate OPENED = LocalDate.of(2025, 3, 1);
    private static final LocalDate LATER = OPENED.plusDays(10);

    private final OrgFixture org = new OrgFixture();
    private final UUID positionId = UUID.randomUUID();
    private final UUID teamId = org.team("ACTIVE");
    private final UUID managerId = org.person("ACTIVE");
    private AggregateTestFixture<Position> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Position.class);
        fixture.registerInjectableResource(org.references);
        fixture.registerInjectableResource(org.registry);
    }

    private OpenPosition open(UUID team, UUID manager, String level) {
        return new OpenPosition(positionId, team, level, " Senior Engineer ", manager, OPENED.plusMonths(2), OPENED);
    }

    private PositionOpened opened() {
        return new PositionOpened(positionId, teamId, "eng/senior", OrgFixture.LADDER_VERSION, "Senior Engineer", managerId,
                OPENED.plusMonths(2), OPENED);
    }

    @Test
    void openingProposesThePositionAtALevelJudgedAgainstThePublishedLadder() {
        fixture.givenNoPriorActivity()
                .when(open(teamId, managerId, "eng/senior"))
                .expectEvents(opened());
    }

    @Test
    void aPositionIsOpenedOnlyAtALevelOfAPublishedLadder() {
        fixture.givenNoPriorActivity()
                .when(open(teamId, managerId, "Senior"))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(Matchers.containsString("level"));
    }

    @Test
    void aPositionIsOpenedOnlyForATeamTheOrganisationKnows() {
        fixture.givenNoPriorActivity()
                .when(open(UUID.randomUUID(), managerId, "eng/senior"))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(Matchers.containsString("teamId"));
    }

    @Test
    void aPositionIsNotOpenedForADissolvedTeam() {
        fixture.givenNoPriorActivity()
                .when(open(org.team("DISSOLVED"), managerId, "eng/senior"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("dissolved"));
    }

    @Test
    void aPositionDoesNotReportToSomeoneWhoLeft() {
        fixture.givenNoPriorActivity()
                .when(open(teamId, org.person("LEFT"), "eng/senior"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("left"));
    }

    @Test
    void aProposedPositionIsApproved() {
        fixture.given(opened())
                .when(new ApprovePosition(positionId, LATER, null))
                .expectEvents(new PositionApproved(positionId, LATER));
    }

    @Test
    void anApprovedPositionIsNotApprovedAgain() {
        fixture.given(opened(), new PositionApproved(positionId, LATER))
                .when(new ApprovePosition(positionId, LATER, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("The position is APPROVED"));
    }

    @Test
    void anApprovedPositionIsFrozenAndUnfrozen() {
        fixture.given(opened(), new PositionApproved(positionId, LATER))
                .when(new FreezePosition(positionId, LATER, null))
                .expectEvents(new PositionFrozen(positionId, LATER));
        fixture.given(opened(), new PositionApproved(positionId, LATER), new PositionFrozen(positionId, LATER))
                .when(new UnfreezePosition(positionId, LATER, null))
                .expectEvents(new PositionUnfrozen(positionId, LATER));
    }

    @Test
    void aProposedPositionCannotBeFrozen() {
        fixture.given(opened())
                .when(new FreezePosition(positionId, LATER, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("The position is PROPOSED"));
    }

    @Test
    void onlyAFrozenPositionIsUnfrozen() {
        fixture.given(opened(), new PositionApproved(positionId, LATER))
                .when(new UnfreezePosition(positionId, LATER, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("The position is APPROVED"));
    }

    @Test
    void anyOpenPositionIsCancelled() {
        fixture.given(opened())
                .when(new CancelPosition(positionId, LATER, null))
                .expectEvents(new PositionCancelled(positionId, LATER));
        fixture.given(opened(), new PositionApproved(positionId, LATER), new PositionFrozen(positionId, LATER))
                .when(new CancelPosition(positionId, LATER, null))
                .expectEvents(new PositionCancelled(positionId, LATER));
    }

    @Test
    void aCancelledPositionStaysCancelled() {
        fixture.given(opened(), new PositionCancelled(positionId, LATER))
                .when(new CancelPosition(positionId, LATER, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("The position is CANCELLED"));
    }

    @Test
    void anApprovedPositionIsFilledByOneHire() {
        UUID candidate = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        fixture.given(opened(), new PositionApproved(positionId, LATER))
                .when(new FillPosition(positionId, candidate, person, LATER.plusMonths(1)))
                .expectEvents(new PositionFilled(positionId, candidate, person, LATER.plusMonths(1)));
    }

    @Test
    void aFilledPositionIsNotFilledAgain() {
        fixture.given(opened(), new PositionApproved(positionId, LATER),
                        new PositionFilled(positionId, UUID.randomUUID(), UUID.randomUUID(), LATER))
                .when(new FillPosition(positionId, UUID.randomUUID(), UUID.randomUUID(), LATER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("The position is FILLED"));
    }

    @Test
    void aFrozenPositionIsNotFilled() {
        fixture.given(opened(), new PositionApproved(positionId, LATER), new PositionFrozen(positionId, LATER))
                .when(new FillPosition(positionId, UUID.randomUUID(), UUID.randomUUID(), LATER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("The position is FROZEN"));
    }

    @Test
    void noTransitionPrecedesTheOpening() {
        fixture.given(opened())
                .when(new ApprovePosition(positionId, OPENED.minusDays(1), null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(Matchers.containsString("effectiveDate"));
    }
}
