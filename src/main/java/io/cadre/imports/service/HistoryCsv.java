package io.cadre.imports.service;

import io.cadre.imports.api.ImportColumn;
import io.cadre.imports.api.RowMessage;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    static ReadLines<Job> read(String text) {
        CsvTable table = CsvTable.read(text, PeopleCsv::recognise, HistoryCsv::requireUsable);
        List<Job> jobs = new ArrayList<>();
        List<RowMessage> errors = new ArrayList<>();
        for (CSVRecord record : table.records()) {
            String number = table.value(record, ImportColumn.EMPLOYEE_NUMBER);
            LocalDate start = PeopleCsv.date(table.value(record, ImportColumn.START_DATE));
            LocalDate end = PeopleCsv.date(table.value(record, ImportColumn.END_DATE));
            String badText = table.badText(record);
            if (badText != null) {
                errors.add(new RowMessage(CsvTable.line(record), badText));
            } else if (number == null || start == null || end == null || end.isBefore(start)) {
                errors.add(new RowMessage(CsvTable.line(record),
                        "needs an employee number, a start date and an end date on or after it"));
            } else {
                jobs.add(new Job(CsvTable.line(record), number, start, end, table.value(record, ImportColumn.TITLE),
                        table.value(record, ImportColumn.TEAM)));
            }
        }
        return new ReadLines<>(jobs, errors, List.of());
    }

    private static void requireUsable(Set<ImportColumn> columns) {
        List<FieldError> missing = new ArrayList<>();
        for (ImportColumn needed : List.of(ImportColumn.EMPLOYEE_NUMBER, ImportColumn.START_DATE, ImportColumn.END_DATE)) {
            if (!columns.contains(needed)) {
                missing.add(new FieldError("header", "needs a column for " + needed.label().toLowerCase()));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
    }
}
