package io.cadre.imports.service;

import io.cadre.imports.api.ImportColumn;
import io.cadre.imports.api.RowMessage;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an HRIS export of people (RFC 4180, LF or CRLF): recognises Cadre's own headers and the usual
 * headers of common HRIS exports, ignoring case, spaces, '_' and '-', and reads each line into a row or a
 * reason why it cannot be read.
 */
final class PeopleCsv {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/MM/dd"), DateTimeFormatter.ofPattern("dd.MM.yyyy"));

    private final CsvTable table;

    private PeopleCsv(CsvTable table) {
        this.table = table;
    }

    /**
     * Reads the file's header and lines.
     *
     * @param mapping the column each header is read as, chosen by a person; null to recognise the headers
     * @throws InvalidInput when the header lacks what every person needs: a name, an email and a start date
     */
    static PeopleCsv read(String text, Map<String, ImportColumn> mapping) {
        Function<String, ImportColumn> columnOf = mapping != null ? mapping::get : PeopleCsv::recognise;
        return new PeopleCsv(CsvTable.read(text, columnOf, PeopleCsv::requireUsable));
    }

    /** The column a header names, ignoring case, spaces, '_' and '-', if Cadre knows it. */
    static ImportColumn recognise(String header) {
        String normalised = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        for (ImportColumn column : ImportColumn.values()) {
            if (column.recognises(normalised)) {
                return column;
            }
        }
        return null;
    }

    List<String> headers() {
        return table.headers();
    }

    /** The column each header is read as. */
    Map<String, ImportColumn> columns() {
        Map<String, ImportColumn> byHeader = new LinkedHashMap<>();
        headers().forEach(h -> byHeader.put(h, null));
        table.columns().forEach((column, index) -> byHeader.put(headers().get(index), column));
        return byHeader;
    }

    /** The first lines' values, by column, as read. */
    List<Map<ImportColumn, String>> sample(int lines) {
        return table.records().stream().limit(lines).map(record -> {
            Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
            table.columns().keySet().forEach(column -> {
                String value = table.value(record, column);
                if (value != null) {
                    values.put(column, value);
                }
            });
            return values;
        }).toList();
    }

    private static void requireUsable(Set<ImportColumn> columns) {
        List<FieldError> missing = new ArrayList<>();
        if (!columns.contains(ImportColumn.NAME) && !(columns.contains(ImportColumn.FIRST_NAME) && columns.contains(ImportColumn.LAST_NAME))) {
            missing.add(new FieldError("header", "needs a name column (name, or firstName and lastName)"));
        }
        if (!columns.contains(ImportColumn.EMAIL)) {
            missing.add(new FieldError("header", "needs an email column (email or Work Email)"));
        }
        if (!columns.contains(ImportColumn.START_DATE)) {
            missing.add(new FieldError("header", "needs a start date column (startDate or Hire Date)"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
    }

    int size() {
        return table.records().size();
    }

    /** Reads every line into a row, or into an error for the line when a value cannot be read. */
    ReadLines<ImportRow> readRows(String emailDomain) {
        List<ImportRow> rows = new ArrayList<>();
        List<RowMessage> errors = new ArrayList<>();
        List<RowMessage> adjustments = new ArrayList<>();
        for (CSVRecord record : table.records()) {
            int line = CsvTable.line(record);
            String name = table.value(record, ImportColumn.NAME);
            if (name == null) {
                String first = table.value(record, ImportColumn.FIRST_NAME);
                String last = table.value(record, ImportColumn.LAST_NAME);
                name = first == null ? last : last == null ? first : first + " " + last;
            }
            String email = table.value(record, ImportColumn.EMAIL);
            if (email != null && !email.contains("@") && emailDomain != null) {
                String completed = email.toLowerCase(Locale.ROOT) + "@" + emailDomain;
                adjustments.add(new RowMessage(line, "email " + email + " completed as " + completed));
                email = completed;
            }
            LocalDate start = date(table.value(record, ImportColumn.START_DATE));
            String badText = table.badText(record);
            if (badText != null) {
                errors.add(new RowMessage(line, badText));
            } else if (name == null) {
                errors.add(new RowMessage(line, "no name"));
            } else if (email == null || !email.contains("@")) {
                errors.add(new RowMessage(line, email == null ? "no email" : "email " + email + " is not an address"
                        + " (give emailDomain to complete user names)"));
            } else if (start == null) {
                errors.add(new RowMessage(line, "start date '" + table.value(record, ImportColumn.START_DATE) + "' is not a date like 2024-03-01"));
            } else {
                rows.add(new ImportRow(line, table.value(record, ImportColumn.EMPLOYEE_NUMBER), name, email, table.value(record, ImportColumn.TITLE),
                        table.value(record, ImportColumn.TEAM), table.value(record, ImportColumn.MANAGER_NUMBER), table.value(record, ImportColumn.MANAGER_EMAIL),
                        table.value(record, ImportColumn.LEVEL), start));
            }
        }
        return new ReadLines<>(rows, errors, adjustments);
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }
}
