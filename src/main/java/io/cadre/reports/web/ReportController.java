package io.cadre.reports.web;

import io.cadre.platform.gateway.Queries;
import io.cadre.platform.web.EffectiveDates;
import io.cadre.platform.web.RecordedInstants;
import io.cadre.reports.api.ReportInterval;
import io.cadre.reports.api.ReportKind;
import io.cadre.reports.api.ReportSeries;
import io.cadre.reports.api.RunReport;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.time.format.DateTimeParseException;
import io.cadre.planning.api.Period;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every report of product.md §7.4, for one date ({@code asOf}, default today) or as a series ({@code from}, {@code to},
 * {@code interval}), for the whole organisation or from {@code rootTeamId} down, as JSON or CSV; with {@code recordedAt}
 * (an instant with its offset), as Cadre knew it then.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    /** The parameters every report takes; a report adds its own (by, period). */
    private static final Set<String> COMMON = Set.of("asOf", "from", "to", "interval", "rootTeamId", "format", "recordedAt");

    private final Queries queries;
    private final EffectiveDates dates;

    ReportController(Queries queries, EffectiveDates dates) {
        this.queries = queries;
        this.dates = dates;
    }

    @GetMapping("/headcount")
    ResponseEntity<?> headcount(@RequestParam Map<String, String> params) {
        String by = params.getOrDefault("by", "team");
        if (!List.of("team", "level", "track").contains(by)) {
            throw InvalidInput.of("by", "must be team, level or track");
        }
        return answer(ReportKind.HEADCOUNT, params, Set.of("by"), by, null);
    }

    @GetMapping("/span-of-control")
    ResponseEntity<?> spanOfControl(@RequestParam Map<String, String> params) {
        return answer(ReportKind.SPAN_OF_CONTROL, params, Set.of(), null, null);
    }

    @GetMapping("/pyramid")
    ResponseEntity<?> pyramid(@RequestParam Map<String, String> params) {
        return answer(ReportKind.PYRAMID, params, Set.of(), null, null);
    }

    @GetMapping("/attrition")
    ResponseEntity<?> attrition(@RequestParam Map<String, String> params) {
        return answer(ReportKind.ATTRITION, params, Set.of(), null, null);
    }

    @GetMapping("/time-in-level")
    ResponseEntity<?> timeInLevel(@RequestParam Map<String, String> params) {
        return answer(ReportKind.TIME_IN_LEVEL, params, Set.of(), null, null);
    }

    @GetMapping("/promotions")
    ResponseEntity<?> promotions(@RequestParam Map<String, String> params) {
        return answer(ReportKind.PROMOTIONS, params, Set.of(), null, null);
    }

    @GetMapping("/positions")
    ResponseEntity<?> positions(@RequestParam Map<String, String> params) {
        return answer(ReportKind.POSITIONS, params, Set.of(), null, null);
    }

    @GetMapping("/objectives")
    ResponseEntity<?> objectives(@RequestParam Map<String, String> params) {
        String period = params.get("period");
        if (period != null) {
            Period.parse("period", period);
        }
        return answer(ReportKind.OBJECTIVES, params, Set.of("period"), null, period);
    }

    private ResponseEntity<?> answer(ReportKind kind, Map<String, String> params, Set<String> own, String by, String period) {
        List<FieldError> errors = new ArrayList<>();
        params.keySet().stream().filter(name -> !COMMON.contains(name) && !own.contains(name)).sorted()
                .forEach(name -> errors.add(new FieldError(name, "is not a parameter of this report")));
        Asked asked = new Asked(date(errors, params, "asOf"), date(errors, params, "from"), date(errors, params, "to"),
                params.get("interval"), teamId(errors, params.get("rootTeamId")), params.get("format"));
        String format = asked.format() == null ? "json" : asked.format();
        if (!format.equals("json") && !format.equals("csv")) {
            errors.add(new FieldError("format", "must be json or csv"));
        }
        boolean series = params.containsKey("from") || params.containsKey("to") || params.containsKey("interval");
        RunReport query = null;
        if (series) {
            if (asked.asOf() != null) {
                errors.add(new FieldError("asOf", "asks for one date; a series takes from, to and interval instead"));
            }
            requireIn(errors, "from", asked.from());
            requireIn(errors, "to", asked.to());
            ReportInterval interval = interval(errors, asked.interval());
            if (asked.from() != null && asked.to() != null && asked.to().isBefore(asked.from())) {
                errors.add(new FieldError("to", "must not be before from"));
            }
            if (errors.isEmpty() && interval != null) {
                query = RunReport.series(kind, asked.from(), asked.to(), interval, asked.rootTeamId(), by, period);
                if (query.dates().size() > RunReport.MAX_DATES) {
                    errors.add(new FieldError("to", "a series holds at most " + RunReport.MAX_DATES + " dates"));
                }
            }
        } else {
            LocalDate asOf = dates.orToday(asked.asOf());
            if (errors.isEmpty()) {
                query = RunReport.on(kind, asOf, asked.rootTeamId(), by, period);
            }
        }
        Instant recordedAt = recordedAt(errors, params.get("recordedAt"));
        if (!errors.isEmpty() || query == null) {
            throw new InvalidInput(errors);
        }
        query = query.asRecordedAt(recordedAt);
        ReportSeries answer = queries.ask(query, ReportSeries.class);
        if (format.equals("csv")) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                    .body(ReportCsv.write(answer, series));
        }
        return ResponseEntity.ok(series ? ReportJson.series(answer, asked.from(), asked.to(), asked.interval().toLowerCase(Locale.ROOT),
                asked.rootTeamId()) : ReportJson.single(answer, asked.rootTeamId()));
    }

    /** The parameters every report takes. */
    private record Asked(LocalDate asOf, LocalDate from, LocalDate to, String interval, UUID rootTeamId, String format) {
    }

    private static LocalDate date(List<FieldError> errors, Map<String, String> params, String name) {
        String text = params.get(name);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return EffectiveDates.plausible(name, LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date such as 2027-03-01"));
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        return null;
    }

    private static Instant recordedAt(List<FieldError> errors, String text) {
        if (text == null) {
            return null;
        }
        try {
            return RecordedInstants.parse("recordedAt", text);
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static UUID teamId(List<FieldError> errors, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("rootTeamId", "must be a team's id (a UUID)"));
            return null;
        }
    }

    private static void requireIn(List<FieldError> errors, String field, LocalDate date) {
        if (date == null && errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, "is required for a series (from, to and interval)"));
        }
    }

    private static ReportInterval interval(List<FieldError> errors, String interval) {
        if (interval == null) {
            errors.add(new FieldError("interval", "is required for a series: month or quarter"));
            return null;
        }
        return switch (interval) {
            case "month" -> ReportInterval.MONTH;
            case "quarter" -> ReportInterval.QUARTER;
            default -> {
                errors.add(new FieldError("interval", "must be month or quarter"));
                yield null;
            }
        };
    }
}
