package io.cadre.org.api;

import java.util.Map;
import java.util.UUID;

/** Every person's name by id, as {@link ListPersonNames} asks. */
public record PersonNames(Map<UUID, String> names) {

    public PersonNames {
        names = Map.copyOf(names);
    }
}
