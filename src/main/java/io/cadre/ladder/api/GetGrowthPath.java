package io.cadre.ladder.api;

import java.util.UUID;

/** Ask for a person's growth path; {@code targetLevel} (a level code of their ladder) adds what it would expect of them. */
public record GetGrowthPath(UUID personId, String targetLevel) implements io.cadre.shared.PersonalRead {

    @Override
    public UUID personRead() {
        return personId;
    }
}
