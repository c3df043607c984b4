package io.cadre.audit.query;

/** The descriptions of one feature's events, reading only that feature's {@code api} events. */
interface Describer {

    void describe(Descriptions descriptions);
}
