package io.cadre.ladder.api;

import java.util.UUID;

/** A fact about one career ladder. */
public interface LadderEvent {

    UUID ladderId();
}
