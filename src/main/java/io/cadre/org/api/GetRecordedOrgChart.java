package io.cadre.org.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Ask for the org chart on a date as Cadre knew it at an instant: every change recorded later is left out. */
public record GetRecordedOrgChart(LocalDate asOf, Instant recordedAt, UUID rootTeamId) {
}
