package io.cadre.imports.process;

import io.cadre.imports.api.RowMessage;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
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
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an HRIS export of people (RFC 4180, LF or CRLF): recognises Cadre's own headers and the usual
 * headers of common HRIS exports, ignoring case, spaces, '_' and '-', and reads each line into a row or a
 * reason why it cannot be read.
 */
final class PeopleCsv {

    /** The columns Cadre understands, each with the header names that mean it. */
    enum Column {
        EMPLOYEE_NUMBER("employeenumber", "employee#", "employeeno", "employeeid", "empid", "workerid", "personnelnumber"),
        NAME("name", "fullname", "employeename"),
        FIRST_NAME("firstname", "givenname", "legalfirstname"),
        LAST_NAME("lastname", "surname", "familyname", "legallastname"),
        EMAIL("email", "workemail", "emailaddress", "workemailaddress", "businessemail"),
        TITLE("title", "jobtitle", "position", "positiontitle"),
        TEAM("team", "teamname", "department", "departmentname", "dept"),
        MANAGER_NUMBER("manageremployeenumber", "managerid", "manageremployeeid", "reportsto", "supervisorid",
                "managernumber"),
        MANAGER_EMAIL("manageremail", "supervisoremail", "reportstoemail"),
        LEVEL("level", "joblevel", "grade", "careerlevel"),
        START_DATE("startdate", "hiredate", "dateofhire", "originalhiredate", "joiningdate");

        private final Set<String> names;

        Column(String... names) {
            this.names = Set.of(names);
        }
    }

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/MM/dd"), DateTimeFormatter.ofPattern("dd.MM.yyyy"));

    private final Map<Column, Integer> columns;
    private final List<CSVRecord> records;

    private PeopleCsv(Map<Column, Integer> columns, List<CSVRecord> records) {
        this.columns = columns;
        this.records = records;
    }

    /**
     * Reads the file's header and lines.
     *
     * @throws InvalidInput when the header lacks what every person needs: a name, an email and a start date
     */
    static PeopleCsv read(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(body))) {
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            List<String> headers = parser.getHeaderNames();
            for (int i = 0; i < headers.size(); i++) {
                String normalised = normalise(headers.get(i));
                for (Column column : Column.values()) {
                    if (column.names.contains(normalised)) {
                        columns.putIfAbsent(column, i);
                    }
                }
            }
            requireUsable(columns);
            return new PeopleCsv(columns, parser.getRecords());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidInput.of("file", "not a readable CSV file: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw InvalidInput.of("file", "not a readable CSV file: " + e.getCause().getMessage());
        }
    }

    static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }

    private static void requireUsable(Map<Column, Integer> columns) {
        List<FieldError> missing = new ArrayList<>();
        if (!columns.containsKey(Column.NAME) && !(columns.containsKey(Column.FIRST_NAME) && columns.containsKey(Column.LAST_NAME))) {
            missing.add(new FieldError("header", "needs a name column (name, or firstName and lastName)"));
        }
        if (!columns.containsKey(Column.EMAIL)) {
            missing.add(new FieldError("header", "needs an email column (email or Work Email)"));
        }
        if (!columns.containsKey(Column.START_DATE)) {
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
            String name = value(record, Column.NAME);
            if (name == null) {
                String first = value(record, Column.FIRST_NAME);
                String last = value(record, Column.LAST_NAME);
                name = first == null ? last : last == null ? first : first + " " + last;
            }
            String email = value(record, Column.EMAIL);
            if (email != null && !email.contains("@") && emailDomain != null) {
                String completed = email.toLowerCase(Locale.ROOT) + "@" + emailDomain;
                adjustments.add(new RowMessage(line, "email " + email + " completed as " + completed));
                email = completed;
            }
            LocalDate start = date(value(record, Column.START_DATE));
            if (name == null) {
                errors.add(new RowMessage(line, "no name"));
            } else if (email == null || !email.contains("@")) {
                errors.add(new RowMessage(line, email == null ? "no email" : "email " + email + " is not an address"
                        + " (give emailDomain to complete user names)"));
            } else if (start == null) {
                errors.add(new RowMessage(line, "start date '" + value(record, Column.START_DATE) + "' is not a date like 2024-03-01"));
            } else {
                rows.add(new ImportRow(line, value(record, Column.EMPLOYEE_NUMBER), name, email, value(record, Column.TITLE),
                        value(record, Column.TEAM), value(record, Column.MANAGER_NUMBER), value(record, Column.MANAGER_EMAIL),
                        value(record, Column.LEVEL), start));
            }
        }
    }

    private String value(CSVRecord record, Column column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static LocalDate date(String text) {
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
