package io.cadre.pipeline.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.pipeline.api.CalibratePromotion;
import io.cadre.pipeline.api.CalibrationOpened;
import io.cadre.pipeline.api.OpenCalibration;
import io.cadre.pipeline.api.PromotionRecommended;
import io.cadre.pipeline.api.PromotionStatus;
import io.cadre.pipeline.api.Recommendation;
import io.cadre.pipeline.api.RecommendPromotion;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.RuleViolation;
import io.cadre.support.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a calibration session: it takes all its cases into calibration or none, and each recommendation changes with a reason. */
class CalibrationSessionTest {

    private static final LocalDate ON = LocalDate.of(2025, 6, 1);
    private static final MetaData WHY = MetaData.with("reason", "Strong evidence");

    private final PromotionRegistry registry = new PromotionRegistry(TestDatabase.jdbc());
    private final UUID sessionId = UUID.randomUUID();
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final List<UUID> calibrated = new ArrayList<>();
    private UUID refused;
    private AggregateTestFixture<CalibrationSession> fixture;

    @BeforeEach
    void setUp() {
        registry.nominated(first, UUID.randomUUID());
        registry.nominated(second, UUID.randomUUID());
        SimpleCommandBus promotions = SimpleCommandBus.builder().build();
        promotions.subscribe(CalibratePromotion.class.getName(), message -> {
            CalibratePromotion command = (CalibratePromotion) message.getPayload();
            if (command.promotionId().equals(refused)) {
                throw new RuleViolation("The promotion case is WITHDRAWN and cannot be taken into calibration");
            }
            calibrated.add(command.promotionId());
            registry.changed(command.promotionId(), PromotionStatus.IN_CALIBRATION);
            return 1L;
        });
        fixture = new AggregateTestFixture<>(CalibrationSession.class);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(new NestedCommands(DefaultCommandGateway.builder().commandBus(promotions).build()));
    }

    private OpenCalibration open(List<UUID> cases) {
        return new OpenCalibration(sessionId, " Spring cycle ", ON, cases, ON);
    }

    private CalibrationOpened opened() {
        return new CalibrationOpened(sessionId, "Spring cycle", ON, List.of(first, second), ON);
    }

    @Test
    void openingTakesEveryCaseIntoCalibration() {
        fixture.givenNoPriorActivity().when(open(List.of(first, second))).expectEvents(opened());
        assertThat(calibrated).containsExactly(first, second);
    }

    @Test
    void aCaseThatCannotBeCalibratedRefusesTheWholeSessionNamingIt() {
        refused = second;
        fixture.givenNoPriorActivity().when(open(List.of(first, second))).expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.allOf(Matchers.containsString(second.toString()), Matchers.containsString("WITHDRAWN")))
                .expectNoEvents();
    }

    @Test
    void unknownOrRepeatedCasesAreInvalid() {
        fixture.givenNoPriorActivity().when(open(List.of(first, UUID.randomUUID()))).expectException(InvalidInput.class)
                .expectExceptionMessage(Matchers.containsString("promotionIds[1]"));
        fixture.givenNoPriorActivity().when(open(List.of(first, first))).expectException(InvalidInput.class)
                .expectExceptionMessage(Matchers.containsString("twice"));
        assertThat(calibrated).isEmpty();
    }

    @Test
    void eachChangeOfARecommendationRecordsWhereItCameFrom() {
        registry.changed(first, PromotionStatus.IN_CALIBRATION);
        fixture.given(opened()).when(new RecommendPromotion(sessionId, first, Recommendation.APPROVE, ON), WHY)
                .expectEvents(new PromotionRecommended(sessionId, first, null, Recommendation.APPROVE, ON));
        fixture.given(opened(), new PromotionRecommended(sessionId, first, null, Recommendation.APPROVE, ON))
                .when(new RecommendPromotion(sessionId, first, Recommendation.DEFER, ON), WHY)
                .expectEvents(new PromotionRecommended(sessionId, first, Recommendation.APPROVE, Recommendation.DEFER, ON));
    }

    @Test
    void aRecommendationNeedsAReasonACaseOfTheSessionStillInCalibrationAndAChange() {
        registry.changed(first, PromotionStatus.IN_CALIBRATION);
        fixture.given(opened()).when(new RecommendPromotion(sessionId, first, Recommendation.APPROVE, ON))
                .expectException(InvalidInput.class).expectExceptionMessage(Matchers.containsString("reason"));
        fixture.given(opened()).when(new RecommendPromotion(sessionId, UUID.randomUUID(), Recommendation.APPROVE, ON), WHY)
                .expectException(InvalidInput.class).expectExceptionMessage(Matchers.containsString("promotionId"));
        fixture.given(opened(), new PromotionRecommended(sessionId, first, null, Recommendation.APPROVE, ON))
                .when(new RecommendPromotion(sessionId, first, Recommendation.APPROVE, ON), WHY).expectException(RuleViolation.class);
        registry.changed(first, PromotionStatus.APPROVED);
        fixture.given(opened()).when(new RecommendPromotion(sessionId, first, Recommendation.DENY, ON), WHY)
                .expectException(RuleViolation.class).expectExceptionMessage(Matchers.containsString("APPROVED"));
    }
}
