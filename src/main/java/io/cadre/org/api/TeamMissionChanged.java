package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A team's mission was restated. */
@Revision("1")
public record TeamMissionChanged(UUID teamId, String mission, LocalDate effectiveDate) implements OrgEvent {

    @Override
    public UUID subjectId() {
        return teamId;
    }
}
