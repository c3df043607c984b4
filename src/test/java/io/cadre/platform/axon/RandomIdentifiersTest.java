package io.cadre.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

/** Axon draws every message's identifier from Cadre's factory: random version 4 UUIDs, distinct across threads. */
class RandomIdentifiersTest {

    @Test
    void axonFindsTheFactoryAndItsIdentifiersAreVersionFourUuids() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(RandomIdentifiers.class);
        for (int i = 0; i < 1_000; i++) {
            UUID id = UUID.fromString(IdentifierFactory.getInstance().generateIdentifier());
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
        }
    }

    @Test
    void threadsDrawDistinctIdentifiers() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        int perThread = 50_000;
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<Future<?>> drawn = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                drawn.add(threads.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        seen.add(IdentifierFactory.getInstance().generateIdentifier());
                    }
                }));
            }
            for (Future<?> one : drawn) {
                one.get();
            }
        }
        assertThat(seen).hasSize(4 * perThread);
    }
}
