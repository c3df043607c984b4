package io.cadre.pipeline.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.ladder.Ladders;
import io.cadre.ladder.api.FindLadderByCode;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderDetails;
import io.cadre.org.api.ChangeLevel;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.GetTeam;
import io.cadre.org.api.LevelChangeKind;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.PersonDetails;
import io.cadre.org.api.TeamDetails;
import io.cadre.org.api.TeamKind;
import io.cadre.pipeline.api.CalibratePromotion;
import io.cadre.pipeline.api.DecidePromotion;
import io.cadre.pipeline.api.Evidence;
import io.cadre.pipeline.api.NominatePromotion;
import io.cadre.pipeline.api.PromotionCalibrating;
import io.cadre.pipeline.api.PromotionDecided;
import io.cadre.pipeline.api.PromotionDecision;
import io.cadre.pipeline.api.PromotionNominated;
import io.cadre.pipeline.api.PromotionWithdrawn;
import io.cadre.pipeline.api.WithdrawPromotion;
import io.cadre.pipeline.service.PromotionScope;
import io.cadre.platform.security.OrgReach;
import io.cadre.platform.security.ScopeDecision;
import io.cadre.platform.gateway.TestGateways;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotAllowed;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import io.cadre.support.TestDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The rules a promotion case guards: who may nominate, what a target may be, which status each step starts from, and approval through the org. */
class PromotionTest {

    private static final LocalDate NOMINATED = LocalDate.of(2025, 3, 1);
    private static final LocalDate LATER = NOMINATED.plusDays(30);

    private final UUID promotionId = UUID.randomUUID();
    private final UUID teamId = UUID.randomUUID();
    private final UUID managerId = UUID.randomUUID();
    private final UUID personId = UUID.randomUUID();
    private final Map<UUID, PersonDetails> people = new HashMap<>();
    private final List<ChangeLevel> levelChanges = new ArrayList<>();
    private RuleViolation orgRefusal;
    private UUID signedInAs;
    private AggregateTestFixture<Promotion> fixture;

    @BeforeEach
    void setUp() {
        people.put(managerId, person(managerId, null, "eng/lead", "ACTIVE"));
        people.put(personId, person(personId, managerId, "eng/mid", "ACTIVE"));
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(this).subscribe(queryBus);
        var queries = TestGateways.queries(DefaultQueryGateway.builder().queryBus(queryBus).build());
        PromotionScope scope = new PromotionScope(new ScopeDecision(username -> Optional.ofNullable(signedInAs), new ReportingLines(),
                Clock.systemUTC()));
        SimpleCommandBus org = SimpleCommandBus.builder().build();
        org.subscribe(ChangeLevel.class.getName(), message -> {
            if (orgRefusal != null) {
                throw orgRefusal;
            }
            levelChanges.add((ChangeLevel) message.getPayload());
            assertThat(message.getMetaData().get("reason")).asString().contains("Promotion case " + promotionId);
            return 1L;
        });
        fixture = new AggregateTestFixture<>(Promotion.class);
        fixture.registerInjectableResource(new PromotionReferences(queries, scope));
        fixture.registerInjectableResource(new PromotionRegistry(TestDatabase.jdbc()));
        fixture.registerInjectableResource(new NestedCommands(DefaultCommandGateway.builder().commandBus(org).build()));
        signIn("ADMIN");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("tester", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    /** The reporting lines of the people this test knows, for the scope its users are given. */
    private final class ReportingLines implements OrgReach {

        @Override
        public Set<UUID> teamsLedBy(UUID personId, LocalDate date) {
            return Set.of();
        }

        @Override
        public Set<UUID> peopleBelowTeamsLedBy(UUID personId, LocalDate date) {
            return Set.of();
        }

        @Override
        public Set<UUID> reportsOf(UUID personId, LocalDate date) {
            return people.values().stream().filter(p -> personId.equals(p.managerId())).map(PersonDetails::id)
                    .collect(java.util.stream.Collectors.toSet());
        }

        @Override
        public boolean isPerson(UUID id) {
            return people.containsKey(id);
        }

        @Override
        public boolean isKnown(UUID id) {
            return people.containsKey(id);
        }
    }

    private static PersonDetails person(UUID id, UUID manager, String level, String status) {
        return new PersonDetails(id, null, "Person " + id, id + "@example.com", "Engineer", null, manager, level,
                LocalDate.of(2020, 1, 1), status, "LEFT".equals(status) ? LocalDate.of(2025, 2, 1) : null, 0);
    }

    private NominatePromotion nominate(String target, String area) {
        return new NominatePromotion(promotionId, personId, target, List.of(new Evidence(area, " Shipped it ")), NOMINATED);
    }

    private PromotionNominated nominated() {
        return new PromotionNominated(promotionId, personId, "eng/mid", "eng/senior", "PROMOTION", 1,
                List.of(new Evidence("craft", "Shipped it")), NOMINATED);
    }

    @Test
    void aNominationRecordsTheLevelsTheKindAndTheLadderVersion() {
        fixture.givenNoPriorActivity().when(nominate("eng/senior", "craft")).expectEvents(nominated());
    }

    @Test
    void anEquivalentLevelOnAnotherTrackIsATrackSwitch() {
        people.put(personId, person(personId, managerId, "eng/senior", "ACTIVE"));
        fixture.givenNoPriorActivity().when(nominate("eng/lead", "people")).expectEvents(new PromotionNominated(promotionId,
                personId, "eng/senior", "eng/lead", "TRACK_SWITCH", 1, List.of(new Evidence("people", "Shipped it")), NOMINATED));
    }

    @Test
    void theTargetMustBeAboveOnTheSameTrackOrEquivalentOnAnother() {
        fixture.givenNoPriorActivity().when(nominate("eng/junior", "craft")).expectException(InvalidInput.class)
                .expectExceptionMessage(Matchers.containsString("targetLevel"));
        fixture.givenNoPriorActivity().when(nominate("eng/unknown", "craft")).expectException(InvalidInput.class);
        fixture.givenNoPriorActivity().when(nominate("eng/senior", "cooking")).expectException(InvalidInput.class)
                .expectExceptionMessage(Matchers.containsString("evidence[0].area"));
    }

    @Test
    void someoneWhoLeftCannotBeNominated() {
        people.put(personId, person(personId, managerId, "eng/mid", "LEFT"));
        fixture.givenNoPriorActivity().when(nominate("eng/senior", "craft")).expectException(RuleViolation.class);
    }

    @Test
    void aManagerNominatesTheirReportsOnly() {
        signIn("MANAGER");
        signedInAs = UUID.randomUUID();
        fixture.givenNoPriorActivity().when(nominate("eng/senior", "craft")).expectException(NotAllowed.class);
        signedInAs = managerId;
        fixture.givenNoPriorActivity().when(nominate("eng/senior", "craft")).expectEvents(nominated());
    }

    @Test
    void calibrationTakesOnlyANominatedCase() {
        UUID session = UUID.randomUUID();
        fixture.given(nominated()).when(new CalibratePromotion(promotionId, session, LATER))
                .expectEvents(new PromotionCalibrating(promotionId, session, LATER));
        fixture.given(nominated(), new PromotionCalibrating(promotionId, session, LATER))
                .when(new CalibratePromotion(promotionId, UUID.randomUUID(), LATER)).expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("IN_CALIBRATION"));
    }

    @Test
    void anApprovalChangesThePersonsLevelThroughTheOrganisation() {
        fixture.given(nominated()).when(new DecidePromotion(promotionId, PromotionDecision.APPROVED, LATER, null),
                        MetaData.with("reason", "Calibrated"))
                .expectEvents(new PromotionDecided(promotionId, personId, PromotionDecision.APPROVED, "eng/senior", 1, LATER));
        assertThat(levelChanges).containsExactly(new ChangeLevel(personId, "eng/senior", LevelChangeKind.PROMOTION, LATER, null));
    }

    @Test
    void whenTheOrganisationRefusesTheLevelChangeNoDecisionIsRecorded() {
        orgRefusal = new RuleViolation("The person left");
        fixture.given(nominated()).when(new DecidePromotion(promotionId, PromotionDecision.APPROVED, LATER, null))
                .expectException(RuleViolation.class).expectExceptionMessage("The person left").expectNoEvents();
    }

    @Test
    void aDenialChangesNoLevel() {
        fixture.given(nominated()).when(new DecidePromotion(promotionId, PromotionDecision.DENIED, LATER, null))
                .expectEvents(new PromotionDecided(promotionId, personId, PromotionDecision.DENIED, "eng/senior", 1, LATER));
        assertThat(levelChanges).isEmpty();
    }

    @Test
    void aDecidedOrWithdrawnCaseTakesNoFurtherStep() {
        PromotionDecided denied = new PromotionDecided(promotionId, personId, PromotionDecision.DENIED, "eng/senior", 1, LATER);
        fixture.given(nominated(), denied).when(new WithdrawPromotion(promotionId, LATER, null)).expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("DENIED"));
        fixture.given(nominated(), new PromotionWithdrawn(promotionId, LATER))
                .when(new DecidePromotion(promotionId, PromotionDecision.APPROVED, LATER, null)).expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("WITHDRAWN"));
        fixture.given(nominated()).when(new WithdrawPromotion(promotionId, LATER, null))
                .expectEvents(new PromotionWithdrawn(promotionId, LATER));
    }

    @Test
    void aStepMayNotPredateTheNomination() {
        fixture.given(nominated()).when(new DecidePromotion(promotionId, PromotionDecision.DENIED, NOMINATED.minusDays(1), null))
                .expectException(InvalidInput.class);
    }

    @QueryHandler
    PersonDetails handle(GetPerson query) {
        PersonDetails person = people.get(query.personId());
        if (person == null) {
            throw new NotFound("No person with id " + query.personId());
        }
        return person;
    }

    @QueryHandler
    TeamDetails handle(GetTeam query) {
        return new TeamDetails(query.teamId(), "Team", TeamKind.TEAM, null, null, null, 0, 0, "ACTIVE", LocalDate.of(2020, 1, 1), null);
    }

    @QueryHandler
    List<LadderDetails> handle(FindLadderByCode query) {
        LadderContent content = Ladders.small("eng");
        return "eng".equals(query.code()) ? List.of(new LadderDetails(UUID.randomUUID(), "eng", content.name(), 1, false, content,
                content, List.of(), List.of(), 1)) : List.of();
    }

    @QueryHandler
    OrgChart handle(GetOrgChart query) {
        return new OrgChart(query.asOf(), List.of(), List.of());
    }
}
