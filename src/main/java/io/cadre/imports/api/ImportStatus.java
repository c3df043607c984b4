package io.cadre.imports.api;

/** Where an import stands: waiting to start, running, or finished, all of it done or stopped by a failure. */
public enum ImportStatus {
    QUEUED, RUNNING, COMPLETED, FAILED;

    /** Whether the import has ended, done or stopped. */
    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
