package io.cadre.reports.api;

import java.util.List;

/** The answer to {@link RunReport}: the report on each date asked for, in order. */
public record ReportSeries(ReportKind kind, List<ReportPoint> points) {
}
