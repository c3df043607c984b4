package io.cadre.pipeline.command;

import io.cadre.pipeline.api.ApprovePosition;
import io.cadre.pipeline.api.CancelPosition;
import io.cadre.pipeline.api.FillPosition;
import io.cadre.pipeline.api.FreezePosition;
import io.cadre.pipeline.api.OpenPosition;
import io.cadre.pipeline.api.PositionApproved;
import io.cadre.pipeline.api.PositionCancelled;
import io.cadre.pipeline.api.PositionEvent;
import io.cadre.pipeline.api.PositionFilled;
import io.cadre.pipeline.api.PositionFrozen;
import io.cadre.pipeline.api.PositionOpened;
import io.cadre.pipeline.api.PositionStatus;
import io.cadre.pipeline.api.PositionTransition;
import io.cadre.pipeline.api.PositionUnfrozen;
import io.cadre.pipeline.api.UnfreezePosition;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/** A headcount slot: proposed, approved, frozen and unfrozen, cancelled, or filled by exactly one hire. */
@Aggregate
class Position {

    @AggregateIdentifier
    private UUID positionId;
    private PositionStatus status;
    private LocalDate openedOn;

    Position() {
    }

    @CommandHandler
    Position(OpenPosition command, PositionReferences references, PositionRegistry registry) {
        references.requireActiveTeam(command.teamId());
        references.requireActiveManager(command.managerId());
        int ladderVersion = references.requirePublishedLevel(command.level());
        String level = command.level().strip();
        String title = command.title().strip();
        registry.opened(new PositionRegistry.Slot(command.positionId(), command.teamId(), level, title, command.managerId(),
                PositionStatus.PROPOSED));
        AggregateLifecycle.apply(new PositionOpened(command.positionId(), command.teamId(), level, ladderVersion, title,
                command.managerId(), command.targetStart(), command.effectiveDate()));
    }

    @CommandHandler
    long handle(ApprovePosition command, PositionRegistry registry) {
        return move(PositionTransition.APPROVE, command.effectiveDate(), registry, new PositionApproved(positionId, command.effectiveDate()));
    }

    @CommandHandler
    long handle(FreezePosition command, PositionRegistry registry) {
        return move(PositionTransition.FREEZE, command.effectiveDate(), registry, new PositionFrozen(positionId, command.effectiveDate()));
    }

    @CommandHandler
    long handle(UnfreezePosition command, PositionRegistry registry) {
        return move(PositionTransition.UNFREEZE, command.effectiveDate(), registry,
                new PositionUnfrozen(positionId, command.effectiveDate()));
    }

    @CommandHandler
    long handle(CancelPosition command, PositionRegistry registry) {
        return move(PositionTransition.CANCEL, command.effectiveDate(), registry,
                new PositionCancelled(positionId, command.effectiveDate()));
    }

    @CommandHandler
    long handle(FillPosition command, PositionRegistry registry) {
        return move(PositionTransition.FILL, command.effectiveDate(), registry,
                new PositionFilled(positionId, command.candidateId(), command.personId(), command.effectiveDate()));
    }

    private long move(PositionTransition transition, LocalDate date, PositionRegistry registry, PositionEvent event) {
        if (!transition.from().contains(status)) {
            throw new RuleViolation("The position is " + status + " and cannot be " + transition.verb() + "; only a position that is "
                    + String.join(" or ", transition.from().stream().map(Enum::name).sorted().toList()) + " can");
        }
        if (date.isBefore(openedOn)) {
            throw InvalidInput.of("effectiveDate", "must not be before the position was opened, on " + openedOn);
        }
        registry.changed(positionId, transition.to());
        long version = AggregateLifecycle.getVersion() + 1;
        AggregateLifecycle.apply(event);
        return version;
    }

    @EventSourcingHandler
    void on(PositionOpened event) {
        positionId = event.positionId();
        status = PositionStatus.PROPOSED;
        openedOn = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(PositionApproved event) {
        status = PositionTransition.APPROVE.to();
    }

    @EventSourcingHandler
    void on(PositionFrozen event) {
        status = PositionTransition.FREEZE.to();
    }

    @EventSourcingHandler
    void on(PositionUnfrozen event) {
        status = PositionTransition.UNFREEZE.to();
    }

    @EventSourcingHandler
    void on(PositionCancelled event) {
        status = PositionTransition.CANCEL.to();
    }

    @EventSourcingHandler
    void on(PositionFilled event) {
        status = PositionTransition.FILL.to();
    }

    /** An id of a team, a person or a candidate given where a position's belongs. */
    @EventSourcingHandler
    void on(Object event, DomainEventMessage<?> message) {
        throw new NotFound("No position with id " + message.getAggregateIdentifier());
    }
}
