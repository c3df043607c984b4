package io.cadre.planning.service;

import io.cadre.planning.api.GrowthForecast;
import io.cadre.planning.api.GrowthQuarter;
import java.util.ArrayList;
import java.util.List;

/**
 * A growth model as CSV (RFC 4180): a header row, then today's org and one row per quarter, with one column per level
 * of the pyramid; {@code cost} is empty for those who may not see pay.
 */
public final class GrowthForecastCsv {

    private GrowthForecastCsv() {
    }

    public static String of(GrowthForecast forecast) {
        List<String> header = new ArrayList<>(List.of("quarter", "headcount", "ics", "managers", "directors", "layers", "cost", "hires",
                "leavers", "promotions"));
        forecast.start().pyramid().forEach(level -> header.add(quoted(level.level())));
        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        List<GrowthQuarter> rows = new ArrayList<>();
        rows.add(forecast.start());
        rows.addAll(forecast.quarters());
        for (GrowthQuarter q : rows) {
            List<String> cells = new ArrayList<>(List.of(q.quarter(), Integer.toString(q.headcount()), Integer.toString(q.ics()),
                    Integer.toString(q.managers()), Integer.toString(q.directors()), Integer.toString(q.layers()),
                    q.cost() == null ? "" : q.cost().toPlainString(), Integer.toString(q.hires()), Integer.toString(q.leavers()),
                    Integer.toString(q.promotions())));
            q.pyramid().forEach(level -> cells.add(Integer.toString(level.count())));
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return csv.toString();
    }

    private static String quoted(String text) {
        return text.matches("(?s).*[\",\r\n].*") || text.startsWith("=") || text.startsWith("+") || text.startsWith("-")
                || text.startsWith("@") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
