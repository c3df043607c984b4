package io.cadre.pipeline.ui;

import io.cadre.org.api.GetPersonName;
import io.cadre.org.api.PersonName;
import io.cadre.platform.gateway.Queries;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** People's names for one redraw of a promotion view, each asked once. */
final class PeopleNames {

    private final Queries queries;
    private final Map<UUID, String> names = new HashMap<>();

    PeopleNames(Queries queries) {
        this.queries = queries;
    }

    String of(UUID personId) {
        return names.computeIfAbsent(personId, id -> {
            // The name alone, which the directory shows everyone, whoever's scope the person is in.
            String name = queries.ask(new GetPersonName(id), PersonName.class).name();
            return name == null ? "Unknown person" : name;
        });
    }
}
