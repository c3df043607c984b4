package io.cadre.pipeline.process;

import io.cadre.org.api.HirePerson;
import io.cadre.pipeline.api.CandidateAccepted;
import io.cadre.pipeline.api.CandidateHired;
import io.cadre.pipeline.api.FillPosition;
import io.cadre.pipeline.api.RecordHire;
import io.cadre.pipeline.api.RecordHireRefusal;
import io.cadre.shared.RuleViolation;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.predicate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hiring process: an accepted offer becomes a filled position, a hired person and a linked candidate, or a recorded refusal. */
class HiringTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 5, 2);
    private static final LocalDate START = LocalDate.of(2025, 7, 1);

    private final UUID candidateId = UUID.randomUUID();
    private final UUID positionId = UUID.randomUUID();
    private final UUID personId = UUID.randomUUID();
    private final UUID teamId = UUID.randomUUID();
    private final UUID managerId = UUID.randomUUID();
    private SagaTestFixture<Hiring> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(Hiring.class);
        fixture.registerResource(new AllOrNothing(NoTransactionManager.INSTANCE));
        fixture.registerResource((CandidateContacts) id -> id.equals(candidateId)
                ? new CandidateContacts.Contact("Ada Lovelace", "ada@example.com") : null);
        fixture.registerResource(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private CandidateAccepted accepted() {
        return new CandidateAccepted(candidateId, positionId, personId, teamId, "eng/senior", "Senior Engineer", managerId,
                START, TODAY);
    }

    @Test
    void anAcceptedOfferFillsThePositionHiresThePersonAndLinksThem() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(accepted())
                .expectActiveSagas(1)
                .expectDispatchedCommands(
                        new FillPosition(positionId, candidateId, personId, START),
                        new HirePerson(personId, null, "Ada Lovelace", "ada@example.com", "Senior Engineer", teamId, managerId,
                                "eng/senior", START),
                        new RecordHire(candidateId, personId));
    }

    @Test
    void theHireIsRecordedAsTheSystemForTheCandidatesAcceptance() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(accepted())
                .expectDispatchedCommandsMatching(exactSequenceOf(bySystem(), bySystem(), bySystem(), andNoMore()));
    }

    private Matcher<CommandMessage<?>> bySystem() {
        return predicate(command -> Hiring.ACTOR.equals(command.getMetaData().get("actor"))
                && String.valueOf(command.getMetaData().get("reason")).contains(candidateId.toString()));
    }

    @Test
    void aHireTheOrganisationRefusesIsRecordedOnTheCandidateAndEndsTheProcess() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof HirePerson) {
                throw new RuleViolation("Team Checkout is dissolved on 2025-06-01");
            }
            return null;
        });
        fixture.givenNoPriorActivity()
                .whenPublishingA(accepted())
                .expectActiveSagas(0)
                .expectDispatchedCommands(
                        new FillPosition(positionId, candidateId, personId, START),
                        new HirePerson(personId, null, "Ada Lovelace", "ada@example.com", "Senior Engineer", teamId, managerId,
                                "eng/senior", START),
                        new RecordHireRefusal(candidateId, "Team Checkout is dissolved on 2025-06-01", TODAY));
    }

    @Test
    void aPositionNoLongerApprovedRefusesTheHireBeforeTheOrganisationIsAsked() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof FillPosition) {
                throw new RuleViolation("The position is FROZEN and cannot be filled");
            }
            return null;
        });
        fixture.givenNoPriorActivity()
                .whenPublishingA(accepted())
                .expectActiveSagas(0)
                .expectDispatchedCommands(
                        new FillPosition(positionId, candidateId, personId, START),
                        new RecordHireRefusal(candidateId, "The position is FROZEN and cannot be filled", TODAY));
    }

    @Test
    void theProcessEndsOnceTheCandidateIsLinkedToThePerson() {
        fixture.givenAPublished(accepted())
                .whenPublishingA(new CandidateHired(candidateId, positionId, personId, START))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }
}
