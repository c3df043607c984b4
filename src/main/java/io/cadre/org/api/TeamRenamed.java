package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A team took a new name. */
@Revision("1")
public record TeamRenamed(UUID teamId, String name, LocalDate effectiveDate) implements OrgEvent {

    @Override
    public UUID subjectId() {
        return teamId;
    }
}
