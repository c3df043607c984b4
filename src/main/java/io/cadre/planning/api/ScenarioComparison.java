package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Two scenarios compared on the same date: each with the live org of its own subtree and the org it makes, so that a
 * director weighs one plan against another as they weigh a plan against the live org.
 */
public record ScenarioComparison(LocalDate asOf, Side scenario, Side other) {

    /** One scenario's side: its name, the live org of its subtree and the org it makes, on the date. */
    public record Side(UUID id, String name, OrgFigures live, OrgFigures planned) {
    }
}
