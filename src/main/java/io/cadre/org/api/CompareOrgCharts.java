package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;

/** Ask what changed in the organisation between two dates, whole or from one team down: who joined, left or moved, which teams formed or dissolved. */
public record CompareOrgCharts(LocalDate from, LocalDate to, UUID rootTeamId) {
}
