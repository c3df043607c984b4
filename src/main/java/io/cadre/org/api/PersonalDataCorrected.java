package io.cadre.org.api;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A person's name or email (the fields named, {@code name} and/or {@code email}) was corrected; the new values are in
 * the personal-data store, and who corrected them, when and why travel with the event as for every change.
 */
@Revision("1")
public record PersonalDataCorrected(UUID personId, List<String> fields) implements PersonalDataEvent {
}
