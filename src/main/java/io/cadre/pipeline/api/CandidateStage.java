package io.cadre.pipeline.api;

/** The stages of a candidacy: four open ones in order, then accepted, rejected or withdrawn. */
public enum CandidateStage {
    SOURCED, SCREENING, INTERVIEWING, OFFER, ACCEPTED, REJECTED, WITHDRAWN;

    /** Whether the candidacy is still moving through the open stages. */
    public boolean open() {
        return ordinal() <= OFFER.ordinal();
    }
}
