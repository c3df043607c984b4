package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A person's job title changed. */
@Revision("1")
public record TitleChanged(UUID personId, String title, LocalDate effectiveDate) implements OrgEvent {

    @Override
    public UUID subjectId() {
        return personId;
    }
}
