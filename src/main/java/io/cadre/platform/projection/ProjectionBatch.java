package io.cadre.platform.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Collects what a projection writes while its processor handles one batch of events, and writes it all at once
 * just before the batch's transaction commits, in that transaction, with the processor's token: a batch costs
 * one statement per table instead of several per event, and the projection stays exactly-once.
 */
public final class ProjectionBatch {

    /**
     * A unit of work holding this resource writes each item at once, in its event's handler, so that a failing write
     * names its event: set while a processor is stuck ({@link ProgressInterceptor}).
     */
    static final String UNBATCHED = ProjectionBatch.class.getName() + ".unbatched";

    private ProjectionBatch() {
    }

    /**
     * Adds an item to the current unit of work's batch named {@code name}; {@code write} receives the whole batch,
     * in the order added, once, before commit. Outside a unit of work, or in one marked {@link #UNBATCHED}, the item is
     * written at once.
     */
    public static <T> void add(String name, T item, Consumer<List<T>> write) {
        if (!CurrentUnitOfWork.isStarted() || CurrentUnitOfWork.get().root().resources().containsKey(UNBATCHED)) {
            write.accept(List.of(item));
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Pending<T> pending = root.getOrComputeResource(key(name), key -> {
            Pending<T> batch = new Pending<>(write);
            root.onPrepareCommit(u -> batch.write());
            return batch;
        });
        pending.items.add(item);
    }

    /**
     * Writes what the batch named {@code name} holds so far, at once: for a projection about to change its tables with a
     * statement of its own that must see them. What is added afterwards is written before commit, as usual.
     */
    public static void flush(String name) {
        if (CurrentUnitOfWork.isStarted()) {
            Pending<?> pending = CurrentUnitOfWork.get().root().getResource(key(name));
            if (pending != null) {
                pending.write();
            }
        }
    }

    private static String key(String name) {
        return ProjectionBatch.class.getName() + "." + name;
    }

    private static final class Pending<T> {

        private final List<T> items = new ArrayList<>();
        private final Consumer<List<T>> write;

        private Pending(Consumer<List<T>> write) {
            this.write = write;
        }

        private void write() {
            if (!items.isEmpty()) {
                List<T> batch = new ArrayList<>(items);
                items.clear();
                write.accept(batch);
            }
        }
    }
}
