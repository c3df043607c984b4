package io.cadre.reports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.cadre.reports.api.ReportPoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A report's rows as a table: one date's rows, or for a series one line per date with its figures for the whole. */
final class ReportTable extends Grid<Map<String, Object>> {

    ReportTable() {
        setId("report-table");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
    }

    void show(List<ReportPoint> points) {
        removeAllColumns();
        List<String> columns;
        List<Map<String, Object>> rows;
        if (points.size() == 1) {
            columns = points.getFirst().columns().stream().filter(c -> !c.endsWith("Id") && !c.equals("key")).toList();
            rows = points.getFirst().rows();
        } else {
            columns = new ArrayList<>(List.of("date"));
            rows = new ArrayList<>();
            for (ReportPoint point : points) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("date", point.date());
                point.summary().forEach((name, value) -> {
                    if (!(value instanceof Collection<?>) && !(value instanceof Map<?, ?>) && !name.equals("note")) {
                        row.put(name, value);
                        if (!columns.contains(name)) {
                            columns.add(name);
                        }
                    }
                });
                rows.add(row);
            }
        }
        for (String column : columns) {
            addColumn(row -> text(row.get(column))).setHeader(header(column)).setAutoWidth(true).setKey(column);
        }
        setItems(rows);
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof Double number) {
            return number == Math.rint(number) ? String.valueOf(number.longValue()) : String.format("%.2f", number);
        }
        return value.toString();
    }

    /** "directReports" as "Direct reports". */
    static String header(String column) {
        String words = column.replaceAll("([A-Z])", " $1").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
