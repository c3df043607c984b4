package io.cadre.reports.ui;

import io.cadre.platform.ui.LineChart;
import io.cadre.reports.api.ReportKind;
import io.cadre.reports.api.ReportPoint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What each report draws: for one date, a bar per row; over time, a line per figure (or per row, for headcount). */
final class ReportCharts {

    /** For one date: the column naming each bar, the columns drawn as bars, and the unit. */
    private record Bars(String label, List<String> values, String unit) {
    }

    private ReportCharts() {
    }

    private static Bars bars(ReportKind kind) {
        return switch (kind) {
            case HEADCOUNT -> new Bars("label", List.of("count"), "people");
            case SPAN_OF_CONTROL -> new Bars("name", List.of("directReports"), "reports");
            case PYRAMID -> new Bars("title", List.of("count"), "people");
            case ATTRITION -> new Bars("name", List.of("hires", "leavers"), "people");
            case TIME_IN_LEVEL -> new Bars("title", List.of("medianDays", "longestDays"), "days");
            case PROMOTIONS -> new Bars("title", List.of("nominated", "approved", "denied"), "cases");
            case POSITIONS -> new Bars("status", List.of("count"), "positions");
            case OBJECTIVES -> new Bars("name", List.of("progress"), "");
        };
    }

    /** The figures of the whole drawn over time. */
    private static List<String> lines(ReportKind kind) {
        return switch (kind) {
            case HEADCOUNT, PYRAMID -> List.of("total");
            case SPAN_OF_CONTROL -> List.of("median", "layers", "managers");
            case ATTRITION -> List.of("hires", "leavers");
            case TIME_IN_LEVEL -> List.of();
            case PROMOTIONS -> List.of("nominated", "approved", "denied");
            case POSITIONS -> List.of("open", "filled");
            case OBJECTIVES -> List.of("progress");
        };
    }

    static void draw(LineChart chart, ReportKind kind, List<ReportPoint> points) {
        if (points.size() == 1) {
            ReportPoint point = points.getFirst();
            Bars bars = bars(kind);
            List<String> categories = point.rows().stream().map(row -> Objects.toString(row.get(bars.label()), "")).toList();
            List<LineChart.Bars> series = bars.values().stream().map(column -> new LineChart.Bars(ReportTable.header(column), null,
                    point.rows().stream().map(row -> number(row.get(column))).toList())).toList();
            chart.bars(bars.unit(), categories, series, false);
            return;
        }
        Map<String, List<LineChart.Point>> lines = new LinkedHashMap<>();
        for (ReportPoint point : points) {
            for (String figure : lines(kind)) {
                BigDecimal value = number(point.summary().get(figure));
                if (value != null) {
                    lines.computeIfAbsent(figure, f -> new ArrayList<>()).add(new LineChart.Point(point.date(), value));
                }
            }
            if (kind == ReportKind.HEADCOUNT || kind == ReportKind.TIME_IN_LEVEL) {
                String label = kind == ReportKind.HEADCOUNT ? "label" : "title";
                String value = kind == ReportKind.HEADCOUNT ? "count" : "medianDays";
                for (Map<String, Object> row : point.rows()) {
                    BigDecimal number = number(row.get(value));
                    if (number != null) {
                        lines.computeIfAbsent(Objects.toString(row.get(label)), f -> new ArrayList<>()).add(new LineChart.Point(point.date(), number));
                    }
                }
            }
        }
        chart.show(null, lines.entrySet().stream().limit(12)
                .map(line -> new LineChart.Series(lines(kind).contains(line.getKey()) ? ReportTable.header(line.getKey()) : line.getKey(), null, false, false, line.getValue())).toList());
    }

    static BigDecimal number(Object value) {
        if (value instanceof Number number) {
            return BigDecimal.valueOf(number.doubleValue()).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        if (value instanceof Boolean flag) {
            return flag ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return null;
    }
}
