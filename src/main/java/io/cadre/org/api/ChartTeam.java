package io.cadre.org.api;

import java.util.UUID;

/** A team in an org chart. */
public record ChartTeam(UUID id, String name, TeamKind kind, UUID parentId, UUID leadId) {
}
