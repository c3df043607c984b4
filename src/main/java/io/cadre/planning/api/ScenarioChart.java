package io.cadre.planning.api;

import io.cadre.org.api.ChartTeam;
import java.time.LocalDate;
import java.util.List;

/** The org chart as a scenario makes it on a date: the shape of the live chart, planned positions among the people. */
public record ScenarioChart(LocalDate asOf, List<ChartTeam> teams, List<ScenarioPerson> people) {
}
