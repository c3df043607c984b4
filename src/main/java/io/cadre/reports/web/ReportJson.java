package io.cadre.reports.web;

import io.cadre.reports.api.ReportPoint;
import io.cadre.reports.api.ReportSeries;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The JSON of a report: one date's rows and figures, or a series of them under {@code series}. */
final class ReportJson {

    private ReportJson() {
    }

    static Map<String, Object> single(ReportSeries answer, UUID rootTeamId) {
        ReportPoint point = answer.points().getFirst();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("asOf", point.date());
        json.put("rootTeamId", rootTeamId);
        json.putAll(point(point));
        json.remove("date");
        return json;
    }

    static Map<String, Object> series(ReportSeries answer, LocalDate from, LocalDate to, String interval, UUID rootTeamId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", from);
        json.put("to", to);
        json.put("interval", interval);
        json.put("rootTeamId", rootTeamId);
        json.put("series", answer.points().stream().map(ReportJson::point).toList());
        return json;
    }

    private static Map<String, Object> point(ReportPoint point) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", point.date());
        json.put("rows", point.rows());
        json.putAll(point.summary());
        return json;
    }
}
