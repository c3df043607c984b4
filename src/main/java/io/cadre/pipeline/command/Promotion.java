package io.cadre.pipeline.command;

import io.cadre.org.api.ChangeLevel;
import io.cadre.org.api.LevelChangeKind;
import io.cadre.org.api.PersonDetails;
import io.cadre.pipeline.api.CalibratePromotion;
import io.cadre.pipeline.api.DecidePromotion;
import io.cadre.pipeline.api.NominatePromotion;
import io.cadre.pipeline.api.PromotionCalibrating;
import io.cadre.pipeline.api.PromotionDecided;
import io.cadre.pipeline.api.PromotionDecision;
import io.cadre.pipeline.api.PromotionEvent;
import io.cadre.pipeline.api.PromotionNominated;
import io.cadre.pipeline.api.PromotionStatus;
import io.cadre.pipeline.api.PromotionWithdrawn;
import io.cadre.pipeline.api.WithdrawPromotion;
import io.cadre.pipeline.api.Evidence;
import io.cadre.platform.gateway.CommandContext;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A promotion case: nominated with evidence against a target level of the ladder version in force, taken into
 * calibration, then approved (the person's level changes through the organisation's own command, in the same
 * transaction), denied, or withdrawn.
 */
@Aggregate
class Promotion {

    private static final Set<PromotionStatus> OPEN = Set.of(PromotionStatus.NOMINATED, PromotionStatus.IN_CALIBRATION);

    @AggregateIdentifier
    private UUID promotionId;
    private UUID personId;
    private PromotionStatus status;
    private String fromLevel;
    private String targetLevel;
    private LevelChangeKind kind;
    private int ladderVersion;
    private LocalDate nominatedOn;

    Promotion() {
    }

    @CommandHandler
    Promotion(NominatePromotion command, PromotionReferences references, PromotionRegistry registry) {
        PersonDetails person = references.person(command.personId());
        references.requireMayActFor(person, "nominate them");
        PromotionReferences.Judged judged = references.judge(person, command.targetLevel(), command.evidence());
        UUID open = registry.openCaseOf(command.personId());
        if (open != null) {
            throw new RuleViolation(person.name() + " already has an open promotion case (" + open + "); decide or withdraw it first");
        }
        if (command.effectiveDate().isBefore(person.startDate())) {
            throw InvalidInput.of("effectiveDate", "must not be before " + person.name() + " started, on " + person.startDate());
        }
        registry.nominated(command.promotionId(), command.personId());
        AggregateLifecycle.apply(new PromotionNominated(command.promotionId(), command.personId(), judged.fromLevel(),
                judged.targetLevel(), judged.kind().name(), judged.ladderVersion(),
                command.evidence().stream().map(e -> new Evidence(e.area().strip(), e.text().strip())).toList(),
                command.effectiveDate()));
    }

    @CommandHandler
    long handle(CalibratePromotion command, PromotionRegistry registry) {
        return move(Set.of(PromotionStatus.NOMINATED), PromotionStatus.IN_CALIBRATION, "taken into calibration",
                command.effectiveDate(), registry, new PromotionCalibrating(promotionId, command.sessionId(), command.effectiveDate()));
    }

    @CommandHandler
    long handle(DecidePromotion command, PromotionReferences references, PromotionRegistry registry, NestedCommands nested,
                @MetaDataValue(CommandContext.REASON) String reason) {
        requireFrom(OPEN, "decided");
        if (command.decision() == PromotionDecision.APPROVED) {
            PersonDetails person = references.person(personId);
            if (!fromLevel.equals(person.level())) {
                throw new RuleViolation(person.name() + "'s level changed since the nomination, from " + fromLevel + " to "
                        + person.level() + "; withdraw this case and nominate them again");
            }
            requireNotBeforeNomination(command.effectiveDate());
            String why = "Promotion case " + promotionId + " approved, judged against ladder version " + ladderVersion;
            nested.send(new ChangeLevel(personId, targetLevel, kind, command.effectiveDate(), null),
                    reason == null || reason.isBlank() ? why : reason.strip() + " (" + why + ")");
        }
        PromotionStatus to = command.decision() == PromotionDecision.APPROVED ? PromotionStatus.APPROVED : PromotionStatus.DENIED;
        return move(OPEN, to, "decided", command.effectiveDate(), registry, new PromotionDecided(promotionId, personId,
                command.decision(), targetLevel, ladderVersion, command.effectiveDate()));
    }

    @CommandHandler
    long handle(WithdrawPromotion command, PromotionReferences references, PromotionRegistry registry) {
        references.requireMayActFor(references.person(personId), "withdraw their promotion case");
        return move(OPEN, PromotionStatus.WITHDRAWN, "withdrawn", command.effectiveDate(), registry,
                new PromotionWithdrawn(promotionId, command.effectiveDate()));
    }

    private long move(Set<PromotionStatus> from, PromotionStatus to, String verb, LocalDate date, PromotionRegistry registry,
                      PromotionEvent event) {
        requireFrom(from, verb);
        requireNotBeforeNomination(date);
        registry.changed(promotionId, to);
        long version = AggregateLifecycle.getVersion() + 1;
        AggregateLifecycle.apply(event);
        return version;
    }

    private void requireFrom(Set<PromotionStatus> from, String verb) {
        if (!from.contains(status)) {
            throw new RuleViolation("The promotion case is " + status + " and cannot be " + verb + "; only a case that is "
                    + String.join(" or ", from.stream().map(Enum::name).sorted().toList()) + " can");
        }
    }

    private void requireNotBeforeNomination(LocalDate date) {
        if (date.isBefore(nominatedOn)) {
            throw InvalidInput.of("effectiveDate", "must not be before the nomination, on " + nominatedOn);
        }
    }

    @EventSourcingHandler
    void on(PromotionNominated event) {
        promotionId = event.promotionId();
        personId = event.personId();
        status = PromotionStatus.NOMINATED;
        fromLevel = event.fromLevel();
        targetLevel = event.targetLevel();
        kind = LevelChangeKind.valueOf(event.kind());
        ladderVersion = event.ladderVersion();
        nominatedOn = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(PromotionCalibrating event) {
        status = PromotionStatus.IN_CALIBRATION;
    }

    @EventSourcingHandler
    void on(PromotionDecided event) {
        status = event.decision() == PromotionDecision.APPROVED ? PromotionStatus.APPROVED : PromotionStatus.DENIED;
    }

    @EventSourcingHandler
    void on(PromotionWithdrawn event) {
        status = PromotionStatus.WITHDRAWN;
    }

    /** An id of something else given where a promotion case's belongs. */
    @EventSourcingHandler
    void on(Object event, DomainEventMessage<?> message) {
        throw new NotFound("No promotion case with id " + message.getAggregateIdentifier());
    }
}
