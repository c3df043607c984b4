package io.cadre.org.api;

import java.time.LocalDate;

/**
 * Ask for the teams active on a date, in chart order, without their people: the hierarchy alone, for the features
 * that roll figures up the teams. Answered as a list of {@link ChartTeam}.
 */
public record GetChartTeams(LocalDate asOf) {
}
