package io.cadre.pipeline.api;

/** How soon a successor could take over a role: ready now, in one to two years, or later. */
public enum Readiness {
    READY_NOW, ONE_TO_TWO_YEARS, LATER
}
