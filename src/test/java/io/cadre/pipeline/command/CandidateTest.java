package io.cadre.pipeline.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import io.cadre.pipeline.api.AddCandidate;
import io.cadre.pipeline.api.CandidateAccepted;
import io.cadre.pipeline.api.CandidateAdded;
import io.cadre.pipeline.api.CandidateHireRefused;
import io.cadre.pipeline.api.CandidateHired;
import io.cadre.pipeline.api.CandidateMoved;
import io.cadre.pipeline.api.CandidateStage;
import io.cadre.pipeline.api.MoveCandidate;
import io.cadre.pipeline.api.PositionStatus;
import io.cadre.pipeline.api.RecordHire;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a candidacy: stages move forward, and an offer is accepted only from OFFER while the position is approved. */
class CandidateTest {

    private static final LocalDate ADDED = LocalDate.of(2025, 4, 1);
    private static final LocalDate LATER = ADDED.plusDays(7);
    private static final LocalDate START = ADDED.plusMonths(2);

    private final OrgFixture org = new OrgFixture();
    private final UUID candidateId = UUID.randomUUID();
    private final UUID positionId = UUID.randomUUID();
    private final UUID teamId = UUID.randomUUID();
    private final UUID managerId = UUID.randomUUID();
    private AggregateTestFixture<Candidate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Candidate.class);
        fixture.registerInjectableResource(org.registry);
        fixture.registerInjectableResource(org.candidateData);
        org.registry.opened(new PositionRegistry.Slot(positionId, teamId, "eng/senior", "Senior Engineer", managerId,
                PositionStatus.APPROVED));
    }

    private CandidateAdded added() {
        return new CandidateAdded(candidateId, positionId, "Referral", ADDED);
    }

    private CandidateMoved at(CandidateStage from, CandidateStage to) {
        return new CandidateMoved(candidateId, positionId, from, to, ADDED);
    }

    private MoveCandidate move(CandidateStage stage) {
        return new MoveCandidate(candidateId, stage, null, LATER, null);
    }

    private CandidateAccepted accepted() {
        return new CandidateAccepted(candidateId, positionId, UUID.randomUUID(), teamId, "eng/senior", "Senior Engineer",
                managerId, START, LATER);
    }

    @Test
    void aCandidateIsAddedAtSourcedWithTheirNameAndEmailKeptOutOfTheEvent() {
        fixture.givenNoPriorActivity()
                .when(new AddCandidate(candidateId, positionId, " Ada Lovelace ", "ada@example.com", " Referral ", ADDED))
                .expectEvents(added());
        assertThat(org.jdbc.queryForObject("select name from candidate_data where candidate_id = ?", String.class, candidateId))
                .isEqualTo("Ada Lovelace");
    }

    @Test
    void aCandidateIsAddedOnlyToAPositionThatExists() {
        fixture.givenNoPriorActivity()
                .when(new AddCandidate(candidateId, UUID.randomUUID(), "Ada", "ada@example.com", null, ADDED))
                .expectException(NotFound.class);
    }

    @Test
    void aCandidateIsAddedOnlyToAnOpenPosition() {
        org.registry.changed(positionId, PositionStatus.CANCELLED);
        fixture.givenNoPriorActivity()
                .when(new AddCandidate(candidateId, positionId, "Ada", "ada@example.com", null, ADDED))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("CANCELLED"));
    }

    @Test
    void aCandidateMovesForwardOneOrMoreStages() {
        fixture.given(added())
                .when(move(CandidateStage.INTERVIEWING))
                .expectEvents(new CandidateMoved(candidateId, positionId, CandidateStage.SOURCED, CandidateStage.INTERVIEWING, LATER));
    }

    @Test
    void aCandidateDoesNotMoveBack() {
        fixture.given(added(), at(CandidateStage.SOURCED, CandidateStage.INTERVIEWING))
                .when(move(CandidateStage.SCREENING))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("cannot go back to SCREENING"));
    }

    @Test
    void aCandidateAtAnOpenStageIsRejectedOrWithdraws() {
        fixture.given(added())
                .when(move(CandidateStage.WITHDRAWN))
                .expectEvents(new CandidateMoved(candidateId, positionId, CandidateStage.SOURCED, CandidateStage.WITHDRAWN, LATER));
    }

    @Test
    void aRejectedCandidateMovesNoFurther() {
        fixture.given(added(), at(CandidateStage.SOURCED, CandidateStage.REJECTED))
                .when(move(CandidateStage.OFFER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("REJECTED"));
    }

    @Test
    void anOfferIsAcceptedWithAStartDateIntoThePositionsTeamLevelAndManager() {
        fixture.given(added(), at(CandidateStage.SOURCED, CandidateStage.OFFER))
                .when(new MoveCandidate(candidateId, CandidateStage.ACCEPTED, START, LATER, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(predicate(payload ->
                        payload instanceof CandidateAccepted a && a.candidateId().equals(candidateId) && a.personId() != null
                                && a.teamId().equals(teamId) && a.managerId().equals(managerId) && a.level().equals("eng/senior")
                                && a.title().equals("Senior Engineer") && a.startDate().equals(START)), andNoMore())));
    }

    @Test
    void onlyACandidateAtOfferAccepts() {
        fixture.given(added(), at(CandidateStage.SOURCED, CandidateStage.INTERVIEWING))
                .when(new MoveCandidate(candidateId, CandidateStage.ACCEPTED, START, LATER, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("only a candidate at OFFER can accept"));
    }

    @Test
    void anAcceptanceNeedsAStartDate() {
        fixture.given(added(), at(CandidateStage.SOURCED, CandidateStage.OFFER))
                .when(new MoveCandidate(candidateId, CandidateStage.ACCEPTED, null, LATER, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(Matchers.containsString("startDate"));
    }

    @Test
    void anOfferIsAcceptedOnlyWhileThePositionIsApproved() {
        org.registry.changed(positionId, PositionStatus.FROZEN);
        fixture.given(added(), at(CandidateStage.SOURCED, CandidateStage.OFFER))
                .when(new MoveCandidate(candidateId, CandidateStage.ACCEPTED, START, LATER, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("The position is FROZEN"));
    }

    @Test
    void anAcceptedCandidateIsHiredOnce() {
        UUID person = UUID.randomUUID();
        fixture.given(added(), at(CandidateStage.SOURCED, CandidateStage.OFFER), accepted())
                .when(new RecordHire(candidateId, person))
                .expectEvents(new CandidateHired(candidateId, positionId, person, START));
        fixture.given(added(), at(CandidateStage.SOURCED, CandidateStage.OFFER), accepted(),
                        new CandidateHired(candidateId, positionId, person, START))
                .when(new RecordHire(candidateId, person))
                .expectException(RuleViolation.class);
    }

    @Test
    void aCandidateWhoseHireWasRefusedGoesBackToOfferOrIsRejected() {
        CandidateHireRefused refused = new CandidateHireRefused(candidateId, positionId, "Team dissolved", LATER);
        fixture.given(added(), at(CandidateStage.SOURCED, CandidateStage.OFFER), accepted(), refused)
                .when(move(CandidateStage.OFFER))
                .expectEvents(new CandidateMoved(candidateId, positionId, CandidateStage.ACCEPTED, CandidateStage.OFFER, LATER));
        fixture.given(added(), at(CandidateStage.SOURCED, CandidateStage.OFFER), accepted())
                .when(move(CandidateStage.REJECTED))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("ACCEPTED"));
    }
}
