package io.cadre.reports.api;

import java.time.LocalDate;

/** The step between the dates of a report's series: a month or a quarter. */
public enum ReportInterval {
    MONTH, QUARTER;

    /** The date one step after {@code date}. */
    public LocalDate after(LocalDate date) {
        return this == MONTH ? date.plusMonths(1) : date.plusMonths(3);
    }

    /** The date one step before {@code date}. */
    public LocalDate before(LocalDate date) {
        return this == MONTH ? date.minusMonths(1) : date.minusMonths(3);
    }
}
