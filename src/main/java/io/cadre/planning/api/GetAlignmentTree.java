package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.UUID;

/** Ask how the objectives of a period ladder up, on a date (null: today), for the whole organisation or one subtree. */
public record GetAlignmentTree(String period, UUID rootTeamId, LocalDate asOf) {
}
