package io.cadre.planning.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.cadre.planning.api.AddKeyResult;
import io.cadre.planning.api.AddNeededPosition;
import io.cadre.planning.api.AlignObjective;
import io.cadre.planning.api.ChangeObjectiveStatus;
import io.cadre.planning.api.CheckInRecorded;
import io.cadre.planning.api.KeyResult;
import io.cadre.planning.api.KeyResultAdded;
import io.cadre.planning.api.KeyResultDraft;
import io.cadre.planning.api.KeyResultRevised;
import io.cadre.planning.api.NeededPositionAdded;
import io.cadre.planning.api.NeededPositionRemoved;
import io.cadre.planning.api.ObjectiveAligned;
import io.cadre.planning.api.ObjectiveStatus;
import io.cadre.planning.api.ObjectiveStatusChanged;
import io.cadre.planning.api.ObjectiveWritten;
import io.cadre.planning.api.Period;
import io.cadre.planning.api.RecordCheckIn;
import io.cadre.planning.api.RemoveNeededPosition;
import io.cadre.planning.api.ReviseKeyResult;
import io.cadre.planning.api.WriteObjective;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/** A team's objective for a period: its status, its alignment, its key results and their check-ins. */
@Aggregate
class Objective {

    private static final String REASON = "reason";
    private static final int MAX_KEY_RESULTS = 20;
    private static final int MAX_POSITIONS = 50;

    @AggregateIdentifier
    private UUID objectiveId;
    private UUID teamId;
    private Period period;
    private UUID parentId;
    private ObjectiveStatus status;
    private LocalDate writtenOn;
    private LocalDate statusSince;
    private final Map<UUID, KeyResult> keyResults = new LinkedHashMap<>();
    private final Set<UUID> neededPositions = new HashSet<>();

    Objective() {
    }

    @CommandHandler
    Objective(WriteObjective command, ObjectiveRules rules) {
        Period period = Period.parse("period", command.period());
        LocalDate date = command.effectiveDate();
        if (period.endedBefore(date)) {
            throw new RuleViolation("The period " + period + " ended on " + period.end() + "; objectives are written for the current period or later ones");
        }
        rules.requireActiveTeam(command.teamId(), date);
        if (command.parentId() != null) {
            rules.requireParent(command.parentId(), command.teamId(), period);
        }
        List<KeyResult> written = new ArrayList<>();
        for (int i = 0; i < command.keyResults().size(); i++) {
            KeyResultDraft draft = command.keyResults().get(i);
            requireMeasurable("keyResults[" + i + "].target", draft);
            written.add(keyResult(keyResultId(command.objectiveId(), i), draft));
        }
        rules.registry().register(command.objectiveId(), command.teamId(), period, command.carriedFrom());
        apply(new ObjectiveWritten(command.objectiveId(), command.teamId(), period.toString(), command.title().strip(),
                blankToNull(command.description()), command.parentId(), command.carriedFrom(), written, date));
    }

    @CommandHandler
    long handle(ChangeObjectiveStatus command, ObjectiveRules rules, @MetaDataValue(REASON) String reason) {
        requireOnOrAfter(command.effectiveDate(), statusSince, "its last change of status");
        ObjectiveStatus to = command.status();
        if (to == status) {
            throw new RuleViolation("The objective is already " + status);
        }
        if (!status.next().contains(to)) {
            throw new RuleViolation("An objective that is " + status + " can become only " + status.next().stream().sorted().toList()
                    + ", not " + to);
        }
        if (to == ObjectiveStatus.COMMITTED && keyResults.isEmpty()) {
            throw new RuleViolation("An objective needs at least one key result before it is committed");
        }
        boolean undoesACommitment = status.closed() || (status == ObjectiveStatus.COMMITTED
                && (to == ObjectiveStatus.DRAFT || to == ObjectiveStatus.DROPPED));
        if (undoesACommitment && (reason == null || reason.isBlank())) {
            throw InvalidInput.of("reason", "is required to move an objective that is " + status + " to " + to);
        }
        rules.registry().status(objectiveId, to);
        return applyNext(new ObjectiveStatusChanged(objectiveId, status, to, command.effectiveDate()));
    }

    @CommandHandler
    long handle(AlignObjective command, ObjectiveRules rules) {
        requireOpen("aligned");
        requireOnOrAfter(command.effectiveDate(), writtenOn, "it was written");
        if (objectiveId.equals(command.parentId())) {
            throw InvalidInput.of("parentId", "an objective cannot be aligned under itself");
        }
        if (Objects.equals(parentId, command.parentId())) {
            return AggregateLifecycle.getVersion();
        }
        if (command.parentId() != null) {
            rules.requireParent(command.parentId(), teamId, period);
        }
        return applyNext(new ObjectiveAligned(objectiveId, command.parentId(), command.effectiveDate()));
    }

    @CommandHandler
    long handle(AddKeyResult command, @MetaDataValue(REASON) String reason) {
        requireOpen("changed");
        requireReasonOnceCommitted(reason);
        requireOnOrAfter(command.effectiveDate(), writtenOn, "it was written");
        if (keyResults.containsKey(command.keyResultId())) {
            throw new RuleViolation("The objective already has a key result with id " + command.keyResultId());
        }
        if (keyResults.size() >= MAX_KEY_RESULTS) {
            throw new RuleViolation("An objective has at most " + MAX_KEY_RESULTS + " key results");
        }
        requireMeasurable("target", command.keyResult());
        return applyNext(new KeyResultAdded(objectiveId, keyResult(command.keyResultId(), command.keyResult()), command.effectiveDate()));
    }

    @CommandHandler
    long handle(ReviseKeyResult command, @MetaDataValue(REASON) String reason) {
        KeyResult before = existing(command.keyResultId());
        requireOpen("changed");
        requireOnOrAfter(command.effectiveDate(), writtenOn, "it was written");
        requireMeasurable("target", command.keyResult());
        KeyResult revised = keyResult(command.keyResultId(), command.keyResult());
        if (revised.equals(before)) {
            return AggregateLifecycle.getVersion();
        }
        requireReasonOnceCommitted(reason);
        return applyNext(new KeyResultRevised(objectiveId, revised, command.effectiveDate()));
    }

    @CommandHandler
    long handle(RecordCheckIn command, ObjectiveRules rules) {
        existing(command.keyResultId());
        if (status != ObjectiveStatus.COMMITTED) {
            throw new RuleViolation(status == ObjectiveStatus.DRAFT
                    ? "Check-ins are recorded once the objective is committed; it is still a draft"
                    : "The objective is " + status + ": it takes no more check-ins");
        }
        if (command.date().isAfter(rules.today())) {
            throw InvalidInput.of("date", "a check-in cannot be dated after today, " + rules.today());
        }
        requireOnOrAfter(command.date(), writtenOn, "it was written");
        return applyNext(new CheckInRecorded(objectiveId, command.keyResultId(), plain(command.value()), command.confidence(),
                blankToNull(command.note()), command.date()));
    }

    @CommandHandler
    long handle(AddNeededPosition command, NeededPositions positions) {
        requireOpen("changed");
        requireOnOrAfter(command.effectiveDate(), writtenOn, "it was written");
        String title = positions.require(command.positionId());
        if (neededPositions.contains(command.positionId())) {
            throw new RuleViolation("The objective already names the position " + title);
        }
        if (neededPositions.size() >= MAX_POSITIONS) {
            throw new RuleViolation("An objective names at most " + MAX_POSITIONS + " positions");
        }
        return applyNext(new NeededPositionAdded(objectiveId, command.positionId(), command.effectiveDate()));
    }

    @CommandHandler
    long handle(RemoveNeededPosition command) {
        requireOpen("changed");
        requireOnOrAfter(command.effectiveDate(), writtenOn, "it was written");
        if (!neededPositions.contains(command.positionId())) {
            throw new NotFound("The objective does not name the position " + command.positionId());
        }
        return applyNext(new NeededPositionRemoved(objectiveId, command.positionId(), command.effectiveDate()));
    }

    private KeyResult existing(UUID keyResultId) {
        KeyResult found = keyResults.get(keyResultId);
        if (found == null) {
            throw new NotFound("The objective has no key result with id " + keyResultId);
        }
        return found;
    }

    private void requireOpen(String what) {
        if (status.closed()) {
            throw new RuleViolation("The objective is " + status + ": it can no longer be " + what + "; reopen it first");
        }
    }

    /** Once an objective is committed, its key results change only with a reason, which the event keeps. */
    private void requireReasonOnceCommitted(String reason) {
        if (status != ObjectiveStatus.DRAFT && (reason == null || reason.isBlank())) {
            throw InvalidInput.of("reason", "is required to change the key results of an objective that is " + status);
        }
    }

    private static void requireOnOrAfter(LocalDate date, LocalDate earliest, String what) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new RuleViolation("The change cannot take effect on " + date + ", before " + what + " on " + earliest);
        }
    }

    private static void requireMeasurable(String field, KeyResultDraft draft) {
        if (draft.start().compareTo(draft.target()) == 0) {
            throw InvalidInput.of(field, "must differ from the start value, or progress cannot be measured");
        }
    }

    private static KeyResult keyResult(UUID id, KeyResultDraft draft) {
        return new KeyResult(id, draft.title().strip(), blankToNull(draft.unit()), plain(draft.start()), plain(draft.target()));
    }

    /** The number without trailing zeros, never in exponent form: 100.0 is kept as 100, not 1E+2. */
    static java.math.BigDecimal plain(java.math.BigDecimal value) {
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static UUID keyResultId(UUID objectiveId, int index) {
        return KeyResult.idFor(objectiveId, index);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static long applyNext(Object event) {
        long next = AggregateLifecycle.getVersion() + 1;
        apply(event);
        return next;
    }

    @EventSourcingHandler
    void on(ObjectiveWritten event) {
        objectiveId = event.objectiveId();
        teamId = event.teamId();
        period = Period.parse("period", event.period());
        parentId = event.parentId();
        status = ObjectiveStatus.DRAFT;
        writtenOn = event.effectiveDate();
        event.keyResults().forEach(k -> keyResults.put(k.keyResultId(), k));
    }

    @EventSourcingHandler
    void on(ObjectiveStatusChanged event) {
        status = event.to();
        statusSince = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(ObjectiveAligned event) {
        parentId = event.parentId();
    }

    @EventSourcingHandler
    void on(KeyResultAdded event) {
        keyResults.put(event.keyResult().keyResultId(), event.keyResult());
    }

    @EventSourcingHandler
    void on(KeyResultRevised event) {
        keyResults.put(event.keyResult().keyResultId(), event.keyResult());
    }

    @EventSourcingHandler
    void on(NeededPositionAdded event) {
        neededPositions.add(event.positionId());
    }

    @EventSourcingHandler
    void on(NeededPositionRemoved event) {
        neededPositions.remove(event.positionId());
    }

    @EventSourcingHandler
    void on(CheckInRecorded event) {
        // A check-in changes nothing the rules look at.
    }

    @EventSourcingHandler
    void on(Object event) {
        // Axon calls only the most specific handler: any other event belongs to another kind of aggregate.
        throw new NotFound("The id given does not belong to an objective");
    }
}
