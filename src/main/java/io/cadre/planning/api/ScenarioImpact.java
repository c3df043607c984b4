package io.cadre.planning.api;

import java.time.LocalDate;

/** The live org and the scenario's org on the same date, side by side. */
public record ScenarioImpact(LocalDate asOf, OrgFigures before, OrgFigures after) {
}
