package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A person started reporting to another manager, or to nobody when the manager is null. */
@Revision("1")
public record ManagerChanged(UUID personId, UUID managerId, LocalDate effectiveDate) implements OrgEvent {

    @Override
    public UUID subjectId() {
        return personId;
    }
}
