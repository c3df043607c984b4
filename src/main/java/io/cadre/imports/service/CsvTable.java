package io.cadre.imports.service;

import io.cadre.imports.api.ImportColumn;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.FieldError;
import io.cadre.shared.TextRule;
import java.io.IOException;
import java.util.ArrayList;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An HRIS export as read (RFC 4180, LF or CRLF, with or without a byte order mark): its headers mapped onto
 * columns, and its lines.
 */
final class CsvTable {

    private final List<String> headers;
    private final Map<ImportColumn, Integer> columns;
    private final List<CSVRecord> records;

    private CsvTable(List<String> headers, Map<ImportColumn, Integer> columns, List<CSVRecord> records) {
        this.headers = headers;
        this.columns = columns;
        this.records = records;
    }

    /**
     * Reads the header, maps each header onto a column (the first header of a column wins), has the columns checked
     * before anything else is read, then reads the lines.
     *
     * @throws InvalidInput when the text is not a readable CSV file, or the check refuses the columns
     */
    static CsvTable read(String text, Function<String, ImportColumn> columnOf, Consumer<Set<ImportColumn>> check) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(body))) {
            Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
            List<String> headers = parser.getHeaderNames();
            requireReadableHeaders(headers);
            for (int i = 0; i < headers.size(); i++) {
                ImportColumn column = columnOf.apply(headers.get(i));
                if (column != null) {
                    columns.putIfAbsent(column, i);
                }
            }
            check.accept(columns.keySet());
            return new CsvTable(List.copyOf(headers), columns, parser.getRecords());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidInput.of("file", "not a readable CSV file: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw InvalidInput.of("file", "not a readable CSV file: " + e.getCause().getMessage());
        }
    }

    List<String> headers() {
        return headers;
    }

    /** The header each column is read from, by its place in the header. */
    Map<ImportColumn, Integer> columns() {
        return columns;
    }

    List<CSVRecord> records() {
        return records;
    }

    /** The line of the file a record is on (the header is line 1). */
    static int line(CSVRecord record) {
        return (int) record.getRecordNumber() + 1;
    }

    /** A line's value in a column, stripped; null when the file has no such column or the value is blank. */
    String value(CSVRecord record, ImportColumn column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** A header whose name breaks the {@link TextRule} makes the file unusable, like a missing column. */
    private static void requireReadableHeaders(List<String> headers) {
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
    String badText(CSVRecord record) {
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
}
