package io.cadre.pipeline.process;

import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Runs the commands a process sends for one step as one: either every one of them is recorded, or, when the domain
 * refuses one, none is, and the process learns why.
 *
 * <p>A process handles its event inside its processor's unit of work and transaction, and each command it sends joins
 * them. The step gets a unit of work of its own under the processor's, so that the events of its commands reach the
 * processor's only if the step completes, and a savepoint in the transaction, so that what a refused command wrote
 * (the org's timeline, a person's data) is undone while the processor's token and the refusal still commit.
 */
class AllOrNothing {

    private final TransactionManager savepoints;

    AllOrNothing(TransactionManager savepoints) {
        this.savepoints = savepoints;
    }

    /** Runs the step; returns null when all its commands were recorded, or the domain's reason for refusing one. */
    String attempt(Runnable step) {
        MetaData correlation = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().getCorrelationData() : MetaData.emptyInstance();
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().getMessage() : null);
        // The commands of the step carry what the process's own commands carry (the request that started it).
        unit.registerCorrelationDataProvider(message -> correlation);
        unit.attachTransaction(savepoints);
        try {
            step.run();
        } catch (RuntimeException e) {
            unit.rollback(e);
            RuntimeException refusal = refusal(e);
            if (refusal == null) {
                throw e;
            }
            return refusal.getMessage();
        }
        unit.commit();
        return null;
    }

    /** The domain's own refusal under whatever Axon wrapped it in, or null for a failure that is not one. */
    private static RuntimeException refusal(Throwable e) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            if (cause instanceof RuleViolation || cause instanceof InvalidInput || cause instanceof NotFound) {
                return (RuntimeException) cause;
            }
        }
        return null;
    }
}
