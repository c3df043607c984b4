package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;

/** A team as it stands on a date, with its people counted and the version for If-Match. */
public record TeamDetails(UUID id, String name, TeamKind kind, String mission, UUID parentId, UUID leadId, int memberCount, long version, String status, LocalDate formedOn, LocalDate dissolvedOn) {
}
