package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.UUID;

/** A fact about one candidate for a position; their name and email live in the candidates' personal-data store. */
public sealed interface CandidateEvent permits CandidateAdded, CandidateMoved, CandidateAccepted, CandidateHired,
        CandidateHireRefused {

    /** The candidate the fact is about. */
    UUID candidateId();

    /** The position the candidate is considered for. */
    UUID positionId();

    /** The date from which the fact holds. */
    LocalDate effectiveDate();
}
