package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A team got a lead, or lost its lead when the lead is null. */
@Revision("1")
public record TeamLeadAssigned(UUID teamId, UUID leadId, LocalDate effectiveDate) implements OrgEvent {

    @Override
    public UUID subjectId() {
        return teamId;
    }
}
