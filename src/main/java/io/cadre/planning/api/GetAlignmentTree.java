package io.cadre.planning.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Ask how the objectives of a period ladder up, on a date (null: today), for the whole organisation or one subtree; with
 * {@code recordedAt}, as Cadre knew it at that instant (the objectives, their changes and the teams recorded by then).
 */
public record GetAlignmentTree(String period, UUID rootTeamId, LocalDate asOf, Instant recordedAt) {

    public GetAlignmentTree(String period, UUID rootTeamId, LocalDate asOf) {
        this(period, rootTeamId, asOf, null);
    }
}
