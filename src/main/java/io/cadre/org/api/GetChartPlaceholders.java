package io.cadre.org.api;

import java.time.LocalDate;

/** Ask for the boxes that are not people on the org chart of a date, from every capability that adds some. */
public record GetChartPlaceholders(LocalDate asOf) {
}
