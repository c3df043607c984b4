package io.cadre.pipeline.command;

import io.cadre.pipeline.api.PlanSuccession;
import io.cadre.pipeline.api.SuccessionPlanned;
import io.cadre.pipeline.api.Successor;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One person's succession plan: the risk of losing them and who could take over their role, and how soon. Its id is
 * derived from the person's ({@link PlanSuccession#planOf}), so each person has one plan, set whole each time.
 */
@Aggregate
class SuccessionPlan {

    @AggregateIdentifier
    private UUID planId;
    private UUID personId;
    private LocalDate since;

    SuccessionPlan() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(PlanSuccession command, SuccessionRules rules) {
        if (!command.planId().equals(PlanSuccession.planOf(command.personId()))) {
            throw InvalidInput.of("planId", "is not the succession plan of person " + command.personId());
        }
        long current = planId == null ? -1 : AggregateLifecycle.getVersion();
        if (command.expectedVersion() != null && command.expectedVersion() != current) {
            // Axon checks the version of an aggregate it loads, not of one this command may create: say it here.
            throw new ConflictingAggregateVersionException(command.planId().toString(), command.expectedVersion(), current);
        }
        if (since != null && command.effectiveDate().isBefore(since)) {
            throw new RuleViolation("The plan was last set on " + since + "; a new plan cannot take effect before that");
        }
        rules.requireSubject(command.personId());
        List<Successor> successors = command.successors();
        for (int i = 0; i < successors.size(); i++) {
            UUID successor = successors.get(i).personId();
            if (successor.equals(command.personId())) {
                throw InvalidInput.of("successors[" + i + "].personId", "a person cannot be their own successor");
            }
            for (int j = 0; j < i; j++) {
                if (successors.get(j).personId().equals(successor)) {
                    throw InvalidInput.of("successors[" + i + "].personId", "names the same person as successors[" + j + "]");
                }
            }
            rules.requireActiveSuccessor("successors[" + i + "].personId", successor);
        }
        long version = current + 1;
        AggregateLifecycle.apply(new SuccessionPlanned(command.planId(), command.personId(), command.risk(), List.copyOf(successors),
                command.effectiveDate()));
        return version;
    }

    @EventSourcingHandler
    void on(SuccessionPlanned event) {
        planId = event.planId();
        personId = event.personId();
        since = event.effectiveDate();
    }

    /** An id of a team, a person or a position given where a plan's belongs. */
    @EventSourcingHandler
    void on(Object event, DomainEventMessage<?> message) {
        throw new NotFound("No succession plan with id " + message.getAggregateIdentifier());
    }
}
