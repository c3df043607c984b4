package io.cadre.reports.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers the reports share: ratios and rows. */
final class Figures {

    private Figures() {
    }

    /** {@code numerator / denominator} rounded to four decimals, or null when the denominator is zero. */
    static Double ratio(double numerator, double denominator) {
        return denominator == 0 ? null : Math.round(numerator / denominator * 10_000) / 10_000.0;
    }

    /** A row from column, value pairs, in order. */
    static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
