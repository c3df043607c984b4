package io.cadre.pipeline.command;

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
import io.cadre.pipeline.api.RecordHireRefusal;
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

/**
 * A candidate for one position, moving forward through the open stages to an offer, which they accept or not; an
 * accepted candidate is hired by the hiring process, or keeps the reason their hire was refused until someone acts.
 */
@Aggregate
class Candidate {

    @AggregateIdentifier
    private UUID candidateId;
    private UUID positionId;
    private CandidateStage stage;
    private LocalDate since;
    private LocalDate startDate;
    private boolean hired;
    private boolean hireRefused;

    Candidate() {
    }

    @CommandHandler
    Candidate(AddCandidate command, PositionRegistry positions, CandidateDataStore personalData) {
        PositionRegistry.Slot position = positions.lockForCandidate(command.positionId());
        if (!position.status().open()) {
            throw new RuleViolation("The position is " + position.status() + "; candidates are added to open positions only");
        }
        personalData.store(command.candidateId(), command.name().strip(), command.email().strip());
        positions.candidateAdded(command.candidateId(), command.positionId());
        String source = command.source() == null || command.source().isBlank() ? null : command.source().strip();
        AggregateLifecycle.apply(new CandidateAdded(command.candidateId(), command.positionId(), source, command.effectiveDate()));
    }

    @CommandHandler
    long handle(MoveCandidate command, PositionRegistry positions) {
        CandidateStage to = command.stage();
        if (command.effectiveDate().isBefore(since)) {
            throw InvalidInput.of("effectiveDate", "must not be before the candidate's last move, on " + since);
        }
        if (to != CandidateStage.ACCEPTED && command.startDate() != null) {
            throw InvalidInput.of("startDate", "only a move to ACCEPTED takes a start date");
        }
        long version = AggregateLifecycle.getVersion() + 1;
        if (to == CandidateStage.ACCEPTED) {
            accept(command, positions.lockForAcceptance(positionId, candidateId));
            positions.accepted(positionId, candidateId);
        } else {
            requireMove(to, positions);
            if (stage == CandidateStage.ACCEPTED) {
                positions.released(positionId, candidateId);
            }
            AggregateLifecycle.apply(new CandidateMoved(candidateId, positionId, stage, to, command.effectiveDate()));
        }
        return version;
    }

    private void requireMove(CandidateStage to, PositionRegistry positions) {
        boolean refusedHire = stage == CandidateStage.ACCEPTED && hireRefused && !hired;
        if (to == stage) {
            throw new RuleViolation("The candidate is already at " + stage);
        }
        if (to == CandidateStage.REJECTED || to == CandidateStage.WITHDRAWN) {
            if (!stage.open() && !refusedHire) {
                throw new RuleViolation("The candidate is " + stage + "; only a candidate at an open stage, or one whose hire"
                        + " was refused, can be " + to);
            }
            return;
        }
        if (refusedHire && to == CandidateStage.OFFER) {
            return;
        }
        if (!stage.open()) {
            throw new RuleViolation("The candidate is " + stage + " and moves no further");
        }
        if (to.ordinal() < stage.ordinal()) {
            throw new RuleViolation("Stages move forward: the candidate is at " + stage + " and cannot go back to " + to);
        }
        PositionStatus status = positions.lockForCandidate(positionId).status();
        if (!status.open()) {
            throw new RuleViolation("The position is " + status + "; its candidates can only be rejected or withdraw");
        }
    }

    private void accept(MoveCandidate command, PositionRegistry.Slot position) {
        if (stage != CandidateStage.OFFER) {
            throw new RuleViolation("The candidate is at " + stage + "; only a candidate at OFFER can accept");
        }
        if (command.startDate() == null) {
            throw InvalidInput.of("startDate", "is required to accept an offer");
        }
        if (position.status() != PositionStatus.APPROVED) {
            throw new RuleViolation("The position is " + position.status() + "; an offer can be accepted only while it is APPROVED");
        }
        AggregateLifecycle.apply(new CandidateAccepted(candidateId, positionId, UUID.randomUUID(), position.teamId(),
                position.level(), position.title(), position.managerId(), command.startDate(), command.effectiveDate()));
    }

    @CommandHandler
    long handle(RecordHire command) {
        if (stage != CandidateStage.ACCEPTED || hired) {
            throw new RuleViolation("The candidate is " + (hired ? "already hired" : stage) + "; only an accepted candidate is hired");
        }
        long version = AggregateLifecycle.getVersion() + 1;
        AggregateLifecycle.apply(new CandidateHired(candidateId, positionId, command.personId(), startDate));
        return version;
    }

    @CommandHandler
    long handle(RecordHireRefusal command) {
        if (stage != CandidateStage.ACCEPTED || hired) {
            throw new RuleViolation("The candidate is " + (hired ? "already hired" : stage) + "; only an accepted hire is refused");
        }
        long version = AggregateLifecycle.getVersion() + 1;
        AggregateLifecycle.apply(new CandidateHireRefused(candidateId, positionId, command.problem(), command.effectiveDate()));
        return version;
    }

    @EventSourcingHandler
    void on(CandidateAdded event) {
        candidateId = event.candidateId();
        positionId = event.positionId();
        stage = CandidateStage.SOURCED;
        since = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(CandidateMoved event) {
        stage = event.to();
        since = event.effectiveDate();
        hireRefused = false;
    }

    @EventSourcingHandler
    void on(CandidateAccepted event) {
        stage = CandidateStage.ACCEPTED;
        since = event.effectiveDate();
        startDate = event.startDate();
        hireRefused = false;
    }

    @EventSourcingHandler
    void on(CandidateHired event) {
        hired = true;
    }

    @EventSourcingHandler
    void on(CandidateHireRefused event) {
        hireRefused = true;
    }

    /** An id of a team, a person or a position given where a candidate's belongs. */
    @EventSourcingHandler
    void on(Object event, DomainEventMessage<?> message) {
        throw new NotFound("No candidate with id " + message.getAggregateIdentifier());
    }
}
