package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A person left the organisation; from this date on they are no longer active. */
@Revision("1")
public record PersonLeft(UUID personId, LeaveKind kind, LocalDate effectiveDate) implements OrgEvent {

    @Override
    public UUID subjectId() {
        return personId;
    }
}
