package io.cadre.planning.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A scenario with its changes in the order they were planned (dropped ones included, marked), and its version. */
public record ScenarioDetails(UUID id, String name, LocalDate baseDate, UUID rootTeamId, String owner, Instant createdAt,
                              List<PlannedChangeDetails> changes, long version) {
}
