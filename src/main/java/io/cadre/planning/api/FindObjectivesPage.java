package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.UUID;

/** Ask for one page of what {@link FindObjectives} finds, in the same order, with how many it finds in all. */
public record FindObjectivesPage(UUID teamId, String period, boolean includeSubteams, LocalDate asOf, int page, int size) {
}
