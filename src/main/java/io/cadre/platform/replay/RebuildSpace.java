package io.cadre.platform.replay;

import org.axonframework.common.transaction.TransactionManager;

/**
 * Where a rebuild builds the read models again, and how it keeps what they were until it has succeeded: either beside
 * the live tables ({@link ReadModelShadow}) or in them, with a copy kept aside ({@link ReadModelBackup}).
 */
interface RebuildSpace {

    /** The transactions the reset and the replay write through. */
    TransactionManager transactions();

    /** Puts what was built in place of the live read models, once every event is in; the processors are stopped. */
    void install();

    /** Drops what was kept of the read models as they were: the rebuild succeeded. */
    void drop();

    /** Puts the read models and the processors' tokens back as they were; the processors are stopped. */
    void restore();
}
