package io.cadre.platform.projection;

/**
 * Every projection belongs to one processing group, run by one streaming processor of that name: each event is read
 * and deserialised once for all the read models, a batch writes them all in one transaction with one token, and a
 * caller waiting to read its own write waits for one position. Its settings are under
 * {@code axon.eventhandling.processors.read-models}.
 */
public final class ReadModels {

    /** The processing group of every projection, and the name of the processor that runs them. */
    public static final String PROCESSOR = "read-models";

    private ReadModels() {
    }
}
