package io.cadre.pipeline.command;

import io.cadre.pipeline.api.CalibratePromotion;
import io.cadre.pipeline.api.CalibrationOpened;
import io.cadre.pipeline.api.OpenCalibration;
import io.cadre.pipeline.api.PromotionRecommended;
import io.cadre.pipeline.api.PromotionStatus;
import io.cadre.pipeline.api.Recommendation;
import io.cadre.pipeline.api.RecommendPromotion;
import io.cadre.platform.gateway.CommandContext;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A calibration session over some promotion cases: opening it takes every case into calibration in the same transaction
 * (all of them, or none when one cannot be), and each change of a case's recommendation is recorded with its reason.
 */
@Aggregate
class CalibrationSession {

    @AggregateIdentifier
    private UUID sessionId;
    private final Map<UUID, Recommendation> recommendations = new HashMap<>();

    CalibrationSession() {
    }

    @CommandHandler
    CalibrationSession(OpenCalibration command, PromotionRegistry registry, NestedCommands nested) {
        List<FieldError> errors = new ArrayList<>();
        List<UUID> ids = command.promotionIds();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.indexOf(ids.get(i)) < i) {
                errors.add(new FieldError("promotionIds[" + i + "]", "names the same case twice"));
            } else if (registry.lock(ids.get(i)) == null) {
                errors.add(new FieldError("promotionIds[" + i + "]", "no promotion case with id " + ids.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String why = "Calibration session " + command.name().strip() + " on " + command.date();
        // The cases first: the session's own event is then the last of the transaction, which the read-model barrier awaits.
        for (UUID id : ids) {
            try {
                nested.send(new CalibratePromotion(id, command.sessionId(), command.effectiveDate()), why);
            } catch (RuleViolation e) {
                throw new RuleViolation("Case " + id + ": " + e.getMessage());
            }
        }
        AggregateLifecycle.apply(new CalibrationOpened(command.sessionId(), command.name().strip(), command.date(), List.copyOf(ids),
                command.effectiveDate()));
    }

    @CommandHandler
    long handle(RecommendPromotion command, PromotionRegistry registry, @MetaDataValue(CommandContext.REASON) String reason) {
        if (!recommendations.containsKey(command.promotionId())) {
            throw InvalidInput.of("promotionId", "the case " + command.promotionId() + " is not one of this session's");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "say why the recommendation changes");
        }
        PromotionStatus status = registry.lock(command.promotionId());
        if (status != PromotionStatus.IN_CALIBRATION) {
            throw new RuleViolation("The promotion case is " + status + "; only a case that is IN_CALIBRATION takes recommendations");
        }
        Recommendation from = recommendations.get(command.promotionId());
        if (from == command.recommendation()) {
            throw new RuleViolation("The session already recommends " + from + " for this case");
        }
        long version = AggregateLifecycle.getVersion() + 1;
        AggregateLifecycle.apply(new PromotionRecommended(sessionId, command.promotionId(), from, command.recommendation(),
                command.effectiveDate()));
        return version;
    }

    @EventSourcingHandler
    void on(CalibrationOpened event) {
        sessionId = event.sessionId();
        event.promotionIds().forEach(id -> recommendations.put(id, null));
    }

    @EventSourcingHandler
    void on(PromotionRecommended event) {
        recommendations.put(event.promotionId(), event.to());
    }

    /** An id of something else given where a session's belongs. */
    @EventSourcingHandler
    void on(Object event, DomainEventMessage<?> message) {
        throw new NotFound("No calibration session with id " + message.getAggregateIdentifier());
    }
}
