package io.cadre.planning.web;

import io.cadre.planning.api.ObjectiveDetails;
import java.util.List;
import java.util.Objects;

/** Objectives as CSV (RFC 4180): a header row, then one row per objective. */
final class ObjectivesCsv {

    private ObjectivesCsv() {
    }

    static String of(List<ObjectiveDetails> objectives) {
        StringBuilder csv = new StringBuilder("id,teamId,teamName,period,title,status,parentId,progress,keyResults\r\n");
        for (ObjectiveDetails o : objectives) {
            csv.append(String.join(",", o.id().toString(), o.teamId().toString(), quoted(o.teamName()), o.period(), quoted(o.title()),
                    o.status().name(), Objects.toString(o.parentId(), ""), o.progress() == null ? "" : String.format("%.4f", o.progress()),
                    Integer.toString(o.keyResults().size()))).append("\r\n");
        }
        return csv.toString();
    }

    private static String quoted(String text) {
        if (text == null) {
            return "";
        }
        return text.matches(".*[\",\r\n].*") || text.startsWith("=") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
