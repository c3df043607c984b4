package io.cadre.org.api;

import java.util.UUID;

/**
 * A fact about a person's personal data (name, email), which the personal-data store holds outside the event log: the
 * event says that it changed, never the values, so erasing them later rewrites no event.
 */
public sealed interface PersonalDataEvent permits PersonalDataCorrected, PersonalDataErased {

    /** The person whose personal data it is. */
    UUID personId();
}
