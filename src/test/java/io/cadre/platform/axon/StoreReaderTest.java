package io.cadre.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.junit.jupiter.api.Test;

/** The store's reader skips a follow-up look only when nothing committed here since its read began could be missed. */
class StoreReaderTest {

    private static final int BATCH = 100;

    private final AtomicLong now = new AtomicLong();
    private final StoreReader reader = new StoreReader(now::get);
    private final AtomicInteger asked = new AtomicInteger();

    @Test
    void aFollowUpLookRightAfterAReadWithNoCommitSinceIsAnsweredWithoutAsking() throws Exception {
        List<String> looks = onReaderThread(() -> {
            List<String> seen = new ArrayList<>();
            seen.add(describe(look(null, events(1, 2, 3))));
            seen.add(describe(look(token(3), events())));
            seen.add(describe(look(token(3), events())));
            return seen;
        });
        assertThat(looks).containsExactly("3 events", "none", "none");
        assertThat(asked).hasValue(1);
    }

    @Test
    void aLocalCommitAfterTheReadBeganMakesTheNextLookAsk() throws Exception {
        List<String> looks = onReaderThread(() -> {
            List<String> seen = new ArrayList<>();
            seen.add(describe(look(null, () -> {
                // Committed while the read ran: the read may not have seen it.
                reader.committed();
                return events(1, 2).get();
            })));
            seen.add(describe(look(token(2), events(3))));
            return seen;
        });
        assertThat(looks).containsExactly("2 events", "1 events");
        assertThat(asked).hasValue(2);
    }

    @Test
    void aFullBatchAnotherPlaceOrALaterLookAsks() throws Exception {
        onReaderThread(() -> {
            int[] full = new int[BATCH];
            for (int i = 0; i < BATCH; i++) {
                full[i] = i + 1;
            }
            look(null, events(full));
            look(token(BATCH), events());
            look(null, events(1));
            look(token(7), events());
            look(null, events(1));
            now.addAndGet(StoreReader.FOLLOW_UP_NANOS);
            // The reader's regular look, a second later, finds another node's events.
            look(token(1), events(2));
            return null;
        });
        assertThat(asked).hasValue(6);
    }

    @Test
    void anyOtherThreadAlwaysAsks() {
        look(null, events(1));
        look(token(1), events());
        assertThat(asked).hasValue(2);
    }

    private <T> T onReaderThread(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        reader.threadFactory().newThread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }).start();
        return result.get();
    }

    private List<? extends TrackedEventData<?>> look(TrackingToken from, Supplier<List<? extends TrackedEventData<?>>> store) {
        return reader.read(from, BATCH, () -> {
            asked.incrementAndGet();
            return store.get();
        });
    }

    private static Supplier<List<? extends TrackedEventData<?>>> events(int... positions) {
        return () -> {
            List<TrackedEventData<?>> events = new ArrayList<>();
            for (int position : positions) {
                events.add(new TrackedDomainEventData<>(token(position), new GenericDomainEventEntry<>("Team", "team-1", position,
                        "event-" + position, Instant.EPOCH, "TeamRenamed", "1", new byte[0], new byte[0])));
            }
            return events;
        };
    }

    private static TrackingToken token(long position) {
        return GapAwareTrackingToken.newInstance(position, List.of());
    }

    private static String describe(List<?> events) {
        return events.isEmpty() ? "none" : events.size() + " events";
    }
}
