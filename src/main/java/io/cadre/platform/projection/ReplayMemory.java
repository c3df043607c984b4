package io.cadre.platform.projection;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What a projection may remember from one batch to the next while a rebuild replays every event into it: the rebuild's
 * bulk replay hands each segment one memory for all of its batches, which started with the projection's tables emptied.
 * A projection that alone writes its tables can keep there what it wrote, and need not read it back. A batch that fails
 * empties the memory before it is tried again, so what is remembered is always what the tables hold plus what the
 * current batch has written. Outside a replay there is none: a live processor's segment can move to another node between
 * two batches, and what this node remembered would then be stale.
 */
public final class ReplayMemory {

    private static final String RESOURCE = ReplayMemory.class.getName();

    private final Map<String, Object> entries = new HashMap<>();
    private boolean whole = true;

    /** The memory of the replay the current unit of work belongs to, if it belongs to one. */
    public static Optional<ReplayMemory> current() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        return Optional.ofNullable(CurrentUnitOfWork.get().root().getResource(RESOURCE));
    }

    /** Gives the batch handled in {@code unitOfWork} this memory. */
    public void attachTo(UnitOfWork<?> unitOfWork) {
        unitOfWork.resources().put(RESOURCE, this);
    }

    /** What the projection keeps under {@code key}, made by {@code create} the first time. */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, java.util.function.Supplier<T> create) {
        return (T) entries.computeIfAbsent(key, k -> create.get());
    }

    /**
     * Whether this memory has seen the whole replay so far: until a failed batch made it forget, the projection's tables
     * hold nothing that it did not put here.
     */
    public boolean whole() {
        return whole;
    }

    /** Forgets everything: the batch that wrote part of it was rolled back. */
    public void forget() {
        entries.clear();
        whole = false;
    }
}
