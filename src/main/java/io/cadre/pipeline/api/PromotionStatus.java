package io.cadre.pipeline.api;

/** Where a promotion case stands: nominated, in a calibration session, approved or denied, or withdrawn. */
public enum PromotionStatus {
    NOMINATED,
    IN_CALIBRATION,
    APPROVED,
    DENIED,
    WITHDRAWN;

    /** Whether the case still waits for a decision. */
    public boolean open() {
        return this == NOMINATED || this == IN_CALIBRATION;
    }
}
