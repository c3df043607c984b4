package io.cadre.org.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Ask for one person's record on a date (null: today) as Cadre knew it at an instant. */
public record GetRecordedPerson(UUID personId, LocalDate asOf, Instant recordedAt) implements io.cadre.shared.PersonalRead {

    @Override
    public UUID personRead() {
        return personId;
    }
}
