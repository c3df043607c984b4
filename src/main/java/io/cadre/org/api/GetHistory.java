package io.cadre.org.api;

import java.util.UUID;

/** Ask for every recorded change of one team or person, in the order it was recorded. */
public record GetHistory(UUID subjectId) implements io.cadre.shared.PersonalRead {

    @Override
    public UUID personRead() {
        return subjectId;
    }
}
