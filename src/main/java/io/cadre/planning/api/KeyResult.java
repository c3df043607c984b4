package io.cadre.planning.api;

import java.math.BigDecimal;
import java.util.UUID;

/** A key result of an objective, with its id: what is measured, in which unit, from which start value to which target. */
public record KeyResult(UUID keyResultId, String title, String unit, BigDecimal start, BigDecimal target) {
}
