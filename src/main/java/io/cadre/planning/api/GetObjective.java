package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.UUID;

/** Ask for one objective as it stood on a date (null: today). */
public record GetObjective(UUID objectiveId, LocalDate asOf) {
}
