package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;

/** Ask for the teams and people active on a date, for the whole organisation or from one team down. */
public record GetOrgChart(LocalDate asOf, UUID rootTeamId) {
}
