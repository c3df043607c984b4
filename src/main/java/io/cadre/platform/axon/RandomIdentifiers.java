package io.cadre.platform.axon;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.axonframework.common.IdentifierFactory;

/**
 * The identifiers of Axon's messages (commands, events, queries, and the result of each message handled): random
 * (version 4) UUIDs, as Axon's own factory draws them, but each thread draws from a generator of its own, seeded once
 * from {@link SecureRandom}. Axon's own factory asks the one shared {@code SecureRandom} for every message: a rebuild
 * makes a result message per event, and that took a tenth of the replay's JVM time. An identifier only has to be
 * unique, never secret: {@code L64X128MixRandom} is a generator meant for many independent streams, and each thread's
 * stream starts from 192 random bits.
 */
public final class RandomIdentifiers extends IdentifierFactory {

    private static final SecureRandom SEEDS = new SecureRandom();
    private static final RandomGeneratorFactory<RandomGenerator> KIND = RandomGeneratorFactory.of("L64X128MixRandom");
    private static final ThreadLocal<RandomGenerator> RANDOM = ThreadLocal.withInitial(() -> {
        byte[] seed = new byte[24];
        SEEDS.nextBytes(seed);
        return KIND.create(seed);
    });

    /** A random UUID, version 4, variant 2 (RFC 9562), from the calling thread's generator. */
    @Override
    public String generateIdentifier() {
        RandomGenerator random = RANDOM.get();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000_0000_0000_0000L)) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
