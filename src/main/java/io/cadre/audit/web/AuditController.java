package io.cadre.audit.web;

import io.cadre.platform.web.Listings;
import io.cadre.audit.api.AuditEntry;
import io.cadre.audit.api.AuditKinds;
import io.cadre.audit.api.AuditPage;
import io.cadre.audit.api.ExportAuditEntries;
import io.cadre.audit.api.FindAuditEntries;
import io.cadre.audit.api.ListAuditKinds;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.PlausibleDate;
import io.cadre.shared.TextRule;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit timeline: every recorded change, newest first, filtered by person, team (with its sub-teams), actor, kind
 * of change, effective dates and recorded instants; a page as JSON, or every match as CSV.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private static final int MAX_PAGE_SIZE = 200;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Queries queries;

    AuditController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping
    Object find(@RequestParam(required = false) String personId, @RequestParam(required = false) String teamId,
                @RequestParam(required = false) String actor, @RequestParam(required = false) String type,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String recordedFrom, @RequestParam(required = false) String recordedTo,
                @RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "20") String size,
                @RequestParam(defaultValue = "json") String format, HttpServletResponse response) throws IOException {
        List<FieldError> errors = new ArrayList<>();
        UUID person = parse("personId", personId, UUID::fromString, "must be a UUID", errors);
        UUID team = parse("teamId", teamId, UUID::fromString, "must be a UUID", errors);
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        Instant recordedAfter = instant("recordedFrom", recordedFrom, false, errors);
        Instant recordedBefore = instant("recordedTo", recordedTo, true, errors);
        Integer pageNumber = parse("page", page, Integer::valueOf, "must be 0 or more", errors);
        Integer pageSize = parse("size", size, Integer::valueOf, "must be between 1 and " + MAX_PAGE_SIZE, errors);
        if (pageNumber != null && pageNumber < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (pageSize != null && (pageSize < 1 || pageSize > MAX_PAGE_SIZE)) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        Listings.checkFormat(format, errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (recordedAfter != null && recordedBefore != null && recordedAfter.isAfter(recordedBefore)) {
            errors.add(new FieldError("recordedTo", "must not be before recordedFrom"));
        }
        if (actor != null && (actor.isBlank() || actor.length() > 200)) {
            errors.add(new FieldError("actor", "must be a user name of 1 to 200 characters"));
        }
        TextRule.check("actor", actor, errors);
        Set<String> types = types(type, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        FindAuditEntries query = new FindAuditEntries(person, null, team, actor, types, fromDate, toDate, recordedAfter,
                recordedBefore, null, pageNumber, pageSize);
        if (format.equals("json")) {
            return queries.ask(query, AuditPage.class);
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"cadre-audit.csv\"");
        Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord("eventId", "recordedAt", "effectiveDate", "actor", "type", "subjectKind", "subjectId", "subject",
                "summary", "before", "after", "reason", "correlationId", "causationId");
        queries.ask(new ExportAuditEntries(query.all(), entry -> row(printer, entry)), Long.class);
        printer.flush();
        return null;
    }

    private static void row(CSVPrinter printer, AuditEntry e) {
        try {
            printer.printRecord(e.eventId(), e.recordedAt(), e.effectiveDate(), e.actor(), e.type(), e.subjectKind(), e.subjectId(),
                    e.subject(), e.summary(), JSON.writeValueAsString(e.before()), JSON.writeValueAsString(e.after()), e.reason(),
                    e.correlationId(), e.causationId());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private Set<String> types(String type, List<FieldError> errors) {
        if (type == null) {
            return Set.of();
        }
        List<String> known = queries.ask(new ListAuditKinds(), AuditKinds.class).kinds();
        Set<String> types = new LinkedHashSet<>();
        for (String one : Arrays.stream(type.split(",", -1)).map(String::strip).toList()) {
            if (!known.contains(one)) {
                errors.add(new FieldError("type", "unknown kind of change '" + (one.length() > 60 ? one.substring(0, 60) + "…" : one)
                        + "'; one or more, comma-separated, of " + String.join(", ", known)));
                return Set.of();
            }
            types.add(one);
        }
        return types;
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        LocalDate date = parse(field, value, LocalDate::parse, "must be a date (2027-03-01)", errors);
        if (date != null && !new PlausibleDate.Check().isValid(date, null)) {
            errors.add(new FieldError(field, "must be a date between 1900-01-01 and 2999-12-31"));
            return null;
        }
        return date;
    }

    /** An instant, or a date meaning its first (from) or last (to) moment in UTC. */
    private static Instant instant(String field, String value, boolean endOfDay, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            LocalDate date = parse(field, value, LocalDate::parse, "must be an instant (2027-03-01T09:30:00Z) or a date", errors);
            if (date == null) {
                return null;
            }
            return endOfDay ? date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000)
                    : date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    private static <T> T parse(String field, String value, Function<String, T> parser, String message, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }
}
