package io.cadre.imports.process;

import io.cadre.imports.api.ImportColumn;
import io.cadre.imports.api.RowMessage;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.TextRule;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an HRIS export of people (RFC 4180, LF or CRLF): recognises Cadre's own headers and the usual
 * headers of common HRIS exports, ignoring case, spaces, '_' and '-', and reads each line into a row or a
 * reason why it cannot be read.
 */
final class PeopleCsv {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/MM/dd"), DateTimeFormatter.ofPattern("dd.MM.yyyy"));

    private final List<String> headers;
    private final Map<ImportColumn, Integer> columns;
    private final List<CSVRecord> records;

    private PeopleCsv(List<String> headers, Map<ImportColumn, Integer> columns, List<CSVRecord> records) {
        this.headers = headers;
        this.columns = columns;
        this.records = records;
    }

    /**
     * Reads the file's header and lines.
     *
     * @param mapping the column each header is read as, chosen by a person; null to recognise the headers
     * @throws InvalidInput when the header lacks what every person needs: a name, an email and a start date
     */
    static PeopleCsv read(String text, Map<String, ImportColumn> mapping) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(body))) {
            Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
            List<String> headers = parser.getHeaderNames();
            requireReadableHeaders(headers);
            for (int i = 0; i < headers.size(); i++) {
                ImportColumn column = mapping != null ? mapping.get(headers.get(i)) : recognise(headers.get(i));
                if (column != null) {
                    columns.putIfAbsent(column, i);
                }
            }
            requireUsable(columns);
            return new PeopleCsv(List.copyOf(headers), columns, parser.getRecords());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidInput.of("file", "not a readable CSV file: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw InvalidInput.of("file", "not a readable CSV file: " + e.getCause().getMessage());
        }
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
        return headers;
    }

    /** The column each header is read as. */
    Map<String, ImportColumn> columns() {
        Map<String, ImportColumn> byHeader = new java.util.LinkedHashMap<>();
        headers.forEach(h -> byHeader.put(h, null));
        columns.forEach((column, index) -> byHeader.put(headers.get(index), column));
        return byHeader;
    }

    /** The first lines' values, by column, as read. */
    List<Map<ImportColumn, String>> sample(int lines) {
        return records.stream().limit(lines).map(record -> {
            Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
            columns.keySet().forEach(column -> {
                String value = value(record, column);
                if (value != null) {
                    values.put(column, value);
                }
            });
            return values;
        }).toList();
    }

    private static void requireUsable(Map<ImportColumn, Integer> columns) {
        List<FieldError> missing = new ArrayList<>();
        if (!columns.containsKey(ImportColumn.NAME) && !(columns.containsKey(ImportColumn.FIRST_NAME) && columns.containsKey(ImportColumn.LAST_NAME))) {
            missing.add(new FieldError("header", "needs a name column (name, or firstName and lastName)"));
        }
        if (!columns.containsKey(ImportColumn.EMAIL)) {
            missing.add(new FieldError("header", "needs an email column (email or Work Email)"));
        }
        if (!columns.containsKey(ImportColumn.START_DATE)) {
            missing.add(new FieldError("header", "needs a start date column (startDate or Hire Date)"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
    }

    int size() {
        return records.size();
    }

    /** Reads every line into a row, or into an error for the line when a value cannot be read. */
    void readRows(String emailDomain, List<ImportRow> rows, List<RowMessage> errors, List<RowMessage> adjustments) {
        for (CSVRecord record : records) {
            int line = (int) record.getRecordNumber() + 1;
            String name = value(record, ImportColumn.NAME);
            if (name == null) {
                String first = value(record, ImportColumn.FIRST_NAME);
                String last = value(record, ImportColumn.LAST_NAME);
                name = first == null ? last : last == null ? first : first + " " + last;
            }
            String email = value(record, ImportColumn.EMAIL);
            if (email != null && !email.contains("@") && emailDomain != null) {
                String completed = email.toLowerCase(Locale.ROOT) + "@" + emailDomain;
                adjustments.add(new RowMessage(line, "email " + email + " completed as " + completed));
                email = completed;
            }
            LocalDate start = date(value(record, ImportColumn.START_DATE));
            String badText = badText(record, columns);
            if (badText != null) {
                errors.add(new RowMessage(line, badText));
            } else if (name == null) {
                errors.add(new RowMessage(line, "no name"));
            } else if (email == null || !email.contains("@")) {
                errors.add(new RowMessage(line, email == null ? "no email" : "email " + email + " is not an address"
                        + " (give emailDomain to complete user names)"));
            } else if (start == null) {
                errors.add(new RowMessage(line, "start date '" + value(record, ImportColumn.START_DATE) + "' is not a date like 2024-03-01"));
            } else {
                rows.add(new ImportRow(line, value(record, ImportColumn.EMPLOYEE_NUMBER), name, email, value(record, ImportColumn.TITLE),
                        value(record, ImportColumn.TEAM), value(record, ImportColumn.MANAGER_NUMBER), value(record, ImportColumn.MANAGER_EMAIL),
                        value(record, ImportColumn.LEVEL), start));
            }
        }
    }

    /** A header whose name breaks the {@link TextRule} makes the file unusable, like a missing column. */
    static void requireReadableHeaders(List<String> headers) {
        List<FieldError> unreadable = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String problem = TextRule.problem(headers.get(i), false);
            if (problem != null) {
                unreadable.add(new FieldError("header", "column " + (i + 1) + " " + problem));
            }
        }
        if (!unreadable.isEmpty()) {
            throw new InvalidInput(unreadable);
        }
    }

    /** What is wrong with the text of a cell Cadre reads from this line, by the rule every text follows; null if nothing. */
    static String badText(CSVRecord record, Map<ImportColumn, Integer> columns) {
        for (Map.Entry<ImportColumn, Integer> column : columns.entrySet()) {
            if (column.getValue() < record.size()) {
                String problem = TextRule.problem(record.get(column.getValue()).strip(), false);
                if (problem != null) {
                    return column.getKey().label() + " " + problem;
                }
            }
        }
        return null;
    }

    private String value(CSVRecord record, ImportColumn column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
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
