package io.cadre.pipeline.ui;

import io.cadre.org.api.GetPerson;
import io.cadre.org.api.PersonDetails;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.NotFound;
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
            try {
                return queries.ask(new GetPerson(id), PersonDetails.class).name();
            } catch (NotFound e) {
                return "Unknown person";
            }
        });
    }
}
