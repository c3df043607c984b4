package io.cadre.ladder.api;

import java.math.BigDecimal;

/** The pay range of a level; sensitive, shown only to HR and administrators. */
public record SalaryBand(BigDecimal min, BigDecimal max, String currency) {
}
