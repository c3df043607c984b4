package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A person joined in a team, with a title and optionally a manager and a level
 * (with the ladder version it was judged against, null for a free label); name and email live in the personal-data store. */
@Revision("2")
public record PersonHired(UUID personId, String employeeNumber, String title, UUID teamId, UUID managerId, String level,
                          Integer ladderVersion, LocalDate effectiveDate) implements OrgEvent {

    @Override
    public UUID subjectId() {
        return personId;
    }
}
