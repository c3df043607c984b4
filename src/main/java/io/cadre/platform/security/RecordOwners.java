package io.cadre.platform.security;

import java.util.Optional;
import java.util.UUID;

/**
 * The port through which a feature tells the command bus whose its own records are, so that a command about one of them
 * (an objective, by its id) is judged on the team or person it belongs to, exactly as a command about that team or
 * person. Implemented by the features that own such records; read in the command's own transaction, so a record
 * written a moment ago is found.
 */
public interface RecordOwners {

    /** The team or person the record belongs to, or empty when the id names none of this feature's records. */
    Optional<UUID> ownerOf(UUID recordId);
}
