package io.cadre.org.api;

import java.time.LocalDate;
import java.util.List;

/** The teams and people active on a date. */
public record OrgChart(LocalDate asOf, List<ChartTeam> teams, List<ChartPerson> people) {
}
