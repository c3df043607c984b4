package io.cadre.reports.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A report on one date: its rows (each a map of the named columns, in their order) and its figures for the whole
 * (such as a median or a ratio).
 */
public record ReportPoint(LocalDate date, List<String> columns, List<Map<String, Object>> rows, Map<String, Object> summary) {
}
