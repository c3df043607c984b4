package io.cadre.org.api;

import java.util.UUID;

/** Ask for one person's record as it stands today. */
public record GetPerson(UUID personId) implements io.cadre.shared.PersonalRead {

    @Override
    public UUID personRead() {
        return personId;
    }
}
