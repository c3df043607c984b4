package io.cadre.planning.web;

import io.cadre.planning.api.GrowthInputs;
import io.cadre.planning.api.GrowthModelDetails;
import java.util.List;
import java.util.Objects;

/** Saved growth models as CSV (RFC 4180): a header row, then one row per model with its inputs. */
final class SavedModelsCsv {

    private SavedModelsCsv() {
    }

    static String of(List<GrowthModelDetails> models) {
        StringBuilder csv = new StringBuilder("id,name,rootTeamId,fromDate,quarters,targetHeadcount,hiresPerQuarter,attritionPerYear,"
                + "promotionPerYear,spanOfControl,savedAt,savedBy\r\n");
        for (GrowthModelDetails m : models) {
            GrowthInputs in = m.inputs();
            csv.append(String.join(",", m.id().toString(), quoted(m.name()), text(in.rootTeamId()), text(in.fromDate()), text(in.quarters()),
                    text(in.targetHeadcount()), text(in.hiresPerQuarter()), in.attritionPerYear().toPlainString(),
                    in.promotionPerYear().toPlainString(), text(in.spanOfControl()), m.savedAt().toString(), quoted(m.savedBy())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }

    private static String quoted(String text) {
        if (text == null) {
            return "";
        }
        return text.matches("(?s).*[\",\r\n].*") || text.matches("^[=+\\-@].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
