package io.cadre.pipeline.process;

import java.util.UUID;

/** Where the hiring process finds a candidate's name and email, which no event holds. */
interface CandidateContacts {

    /** A candidate's name and email. */
    record Contact(String name, String email) {
    }

    /** The candidate's contact, or null when it was erased. */
    Contact of(UUID candidateId);
}
