package io.cadre.pipeline.api;

import java.util.UUID;

/** Ask for a person's succession plan (risk and successors); an empty plan when none was set. */
public record GetSuccession(UUID personId) implements io.cadre.shared.PersonalRead {

    @Override
    public UUID personRead() {
        return personId;
    }
}
