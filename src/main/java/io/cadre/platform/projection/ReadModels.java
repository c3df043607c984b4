package io.cadre.platform.projection;

import java.util.Set;

/**
 * The processing groups of the read models, by purpose. The live read models that a command's answer must include
 * (read-your-writes, product.md §6) share the one group {@link #PROCESSOR}: each event is read and deserialised once
 * for all of them, a batch writes them all in one transaction with one token, and a caller waiting to read its own
 * write waits for one position. A derived or slow read model names its own group; it gets a pooled streaming
 * processor of that name, is rebuilt alone, and no command waits for it. See {@code package-info.java}.
 */
public final class ReadModels {

    /** The processing group of the live read models, and the name of the processor that runs them. */
    public static final String PROCESSOR = "read-models";

    /** The groups whose read models a command's answer includes: the only ones {@code ReadModelBarrier} waits for. */
    public static final Set<String> READ_YOUR_WRITES = Set.of(PROCESSOR);

    private ReadModels() {
    }

    /** Whether a command's answer waits for the processor of this group. */
    public static boolean servesReadYourWrites(String processor) {
        return READ_YOUR_WRITES.contains(processor);
    }
}
