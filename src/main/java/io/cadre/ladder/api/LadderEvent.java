package io.cadre.ladder.api;

import java.util.UUID;

/** A fact about one career ladder. */
public sealed interface LadderEvent permits
        LadderCreated, LadderDraftSaved, LadderPublished {

    UUID ladderId();
}
