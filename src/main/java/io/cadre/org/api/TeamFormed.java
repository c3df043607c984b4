package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A team was formed, at the top of the organisation or under a parent. */
@Revision("1")
public record TeamFormed(UUID teamId, String name, TeamKind kind, UUID parentId, String mission, LocalDate effectiveDate) implements OrgEvent {

    @Override
    public UUID subjectId() {
        return teamId;
    }
}
