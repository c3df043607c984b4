package io.cadre.planning.api;

/** Where a planned change stands: still a plan, taken out, or recorded live. */
public enum PlannedChangeStatus {
    PLANNED, DROPPED, APPLIED
}
