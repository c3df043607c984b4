package io.cadre.shared;

import java.util.UUID;

/**
 * A query about one person beyond the directory (email, level, history, growth path, succession...): the query bus
 * refuses it ({@link NotAllowed}) when the person is outside the asking user's scope (product.md §7.5).
 */
public interface PersonalRead {

    /** The person the query reads about; an id that names no person (a team, nothing) is not refused. */
    UUID personRead();
}
