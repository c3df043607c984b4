package io.cadre.pipeline.api;

/** Where a headcount slot stands: proposed, approved, frozen (the three open statuses), filled or cancelled. */
public enum PositionStatus {
    PROPOSED, APPROVED, FROZEN, FILLED, CANCELLED;

    /** Whether the position still waits for a hire. */
    public boolean open() {
        return this == PROPOSED || this == APPROVED || this == FROZEN;
    }
}
