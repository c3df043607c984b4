package io.cadre.platform.consistency;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells whoever listens (open browser views) that a read model has changed, once the projection's
 * transaction has committed, so they can show the change without a reload.
 */
@Component
public class ReadModelChanges {

    private static final Logger log = LoggerFactory.getLogger(ReadModelChanges.class);
    private static final String ANNOUNCED = ReadModelChanges.class.getName();

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> handledListeners = new CopyOnWriteArrayList<>();

    /** Registers a listener; run the returned action to stop listening. */
    public Runnable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Registers a listener told each time a unit of work that changed a read model has ended, once the processor has
     * recorded how far it got (Axon advances a processor's position after commit, before the unit of work's cleanup).
     */
    void onHandled(Runnable listener) {
        handledListeners.add(listener);
    }

    /** Announces a change after the current unit of work commits, once per unit of work. */
    public void announceAfterCommit() {
        if (!CurrentUnitOfWork.isStarted()) {
            announce();
            handledListeners.forEach(Runnable::run);
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        root.getOrComputeResource(ANNOUNCED, key -> {
            root.afterCommit(u -> announce());
            root.onCleanup(u -> handledListeners.forEach(Runnable::run));
            return Boolean.TRUE;
        });
    }

    private void announce() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("A read-model listener failed", e);
            }
        }
    }
}
