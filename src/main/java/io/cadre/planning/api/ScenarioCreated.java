package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A scenario was started over the live org from a base date, for the whole org or one subtree, by its owner. */
@Revision("1")
public record ScenarioCreated(UUID scenarioId, String name, LocalDate baseDate, UUID rootTeamId, String owner)
        implements ScenarioEvent {
}
