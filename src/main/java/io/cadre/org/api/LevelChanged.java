package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A person moved to another level: a promotion, a demotion, a track switch or a correction. */
@Revision("1")
public record LevelChanged(UUID personId, String level, LevelChangeKind kind, LocalDate effectiveDate) implements OrgEvent {

    @Override
    public UUID subjectId() {
        return personId;
    }
}
