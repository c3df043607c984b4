package io.cadre.reports.web;

import io.cadre.reports.api.ReportPoint;
import io.cadre.reports.api.ReportSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A report's rows as CSV: a header of its columns, one line per row; a series starts each line with its date. */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static String write(ReportSeries answer, boolean series) {
        List<String> columns = answer.points().isEmpty() ? List.of() : answer.points().getFirst().columns();
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>();
            if (series) {
                header.add("date");
            }
            header.addAll(columns);
            printer.printRecord(header);
            for (ReportPoint point : answer.points()) {
                for (Map<String, Object> row : point.rows()) {
                    List<Object> values = new ArrayList<>();
                    if (series) {
                        values.add(point.date());
                    }
                    columns.forEach(column -> values.add(row.get(column)));
                    printer.printRecord(values);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
