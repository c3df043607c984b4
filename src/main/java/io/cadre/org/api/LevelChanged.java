package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A person moved to another level: a promotion, a demotion, a track switch or a correction,
 * judged against a published ladder version (null for a free label given before ladders existed). */
@Revision("2")
public record LevelChanged(UUID personId, String level, LevelChangeKind kind, Integer ladderVersion,
                           LocalDate effectiveDate) implements OrgEvent {

    @Override
    public UUID subjectId() {
        return personId;
    }
}
