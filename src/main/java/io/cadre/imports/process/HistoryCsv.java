package io.cadre.imports.process;

import io.cadre.imports.api.ImportColumn;
import io.cadre.imports.api.RowMessage;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads an HRIS export of job history: who held which title in which team, from a start date to an end date. */
final class HistoryCsv {

    /** One past job of one person, by line of the file. */
    record Job(int line, String employeeNumber, LocalDate start, LocalDate end, String title, String team) {
    }

    private HistoryCsv() {
    }

    /**
     * Reads every line into a job, or into an error for the line.
     *
     * @throws InvalidInput when the header lacks an employee number, a start date or an end date
     */
    static List<Job> read(String text, List<RowMessage> errors) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(body))) {
            Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
            List<String> headers = parser.getHeaderNames();
            PeopleCsv.requireReadableHeaders(headers);
            for (int i = 0; i < headers.size(); i++) {
                ImportColumn column = PeopleCsv.recognise(headers.get(i));
                if (column != null) {
                    columns.putIfAbsent(column, i);
                }
            }
            List<FieldError> missing = new ArrayList<>();
            for (ImportColumn needed : List.of(ImportColumn.EMPLOYEE_NUMBER, ImportColumn.START_DATE, ImportColumn.END_DATE)) {
                if (!columns.containsKey(needed)) {
                    missing.add(new FieldError("header", "needs a column for " + needed.label().toLowerCase()));
                }
            }
            if (!missing.isEmpty()) {
                throw new InvalidInput(missing);
            }
            List<Job> jobs = new ArrayList<>();
            for (CSVRecord record : parser.getRecords()) {
                int line = (int) record.getRecordNumber() + 1;
                String number = value(record, columns, ImportColumn.EMPLOYEE_NUMBER);
                LocalDate start = PeopleCsv.date(value(record, columns, ImportColumn.START_DATE));
                LocalDate end = PeopleCsv.date(value(record, columns, ImportColumn.END_DATE));
                String badText = PeopleCsv.badText(record, columns);
                if (badText != null) {
                    errors.add(new RowMessage(line, badText));
                } else if (number == null || start == null || end == null || end.isBefore(start)) {
                    errors.add(new RowMessage(line, "needs an employee number, a start date and an end date on or after it"));
                } else {
                    jobs.add(new Job(line, number, start, end, value(record, columns, ImportColumn.TITLE),
                            value(record, columns, ImportColumn.TEAM)));
                }
            }
            return jobs;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidInput.of("file", "not a readable CSV file: " + e.getMessage());
        }
    }

    private static String value(CSVRecord record, Map<ImportColumn, Integer> columns, ImportColumn column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }
}
