package io.cadre.imports.service;

import java.util.function.Supplier;

/** Where the lines being done on a worker record what they did. */
interface LineRecord {

    void refuse(int line, String message);

    void adjust(int line, String message);

    /** One more line done, refused or not. */
    void lineDone();

    /** Runs what a line changes in the import's own state once the line's commands are committed. */
    void afterCommit(Runnable change);

    /** The value for the key, worked out once for as long as the lines share one transaction's view of the database. */
    <V> V oncePerTransaction(String key, Supplier<V> compute);
}
