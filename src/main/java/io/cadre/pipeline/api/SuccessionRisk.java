package io.cadre.pipeline.api;

/** How likely the organisation is to lose a person in a critical role: low, medium or high. */
public enum SuccessionRisk {
    LOW, MEDIUM, HIGH;

    /** Whether the risk makes the person's role critical for succession coverage. */
    public boolean critical() {
        return this != LOW;
    }
}
