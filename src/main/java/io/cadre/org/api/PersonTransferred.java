package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A person moved to another team. */
@Revision("1")
public record PersonTransferred(UUID personId, UUID teamId, LocalDate effectiveDate) implements OrgEvent {

    @Override
    public UUID subjectId() {
        return personId;
    }
}
