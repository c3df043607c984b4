package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A team stopped existing; it had no members or sub-teams left from that date. */
@Revision("1")
public record TeamDissolved(UUID teamId, LocalDate effectiveDate) implements OrgEvent {

    @Override
    public UUID subjectId() {
        return teamId;
    }
}
