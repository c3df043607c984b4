package io.cadre.ladder.api;

import java.time.LocalDate;
import java.util.UUID;

/** Ask how the people of the organisation (or of one team down) spread over a ladder's levels on a date. */
public record GetLevelDistribution(UUID ladderId, LocalDate asOf, UUID rootTeamId) {
}
