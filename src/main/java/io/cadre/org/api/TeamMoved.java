package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A team moved under another parent, or to the top when the parent is null. */
@Revision("1")
public record TeamMoved(UUID teamId, UUID parentId, LocalDate effectiveDate) implements OrgEvent {

    @Override
    public UUID subjectId() {
        return teamId;
    }
}
