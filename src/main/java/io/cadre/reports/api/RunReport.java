package io.cadre.reports.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Ask for a report on each of {@code dates} (ascending), for the whole organisation or the subtree of
 * {@code rootTeamId}; figures over a span of time (hires, leavers, fills) count what happened after the previous date
 * (after {@code windowStart} for the first) up to and including each date. {@code by} groups headcount
 * ({@code team}, {@code level} or {@code track}); {@code period} names the objectives' period (null: each date's quarter).
 * With {@code recordedAt} the report folds only the facts Cadre had recorded by that instant (null: all of them).
 */
public record RunReport(ReportKind kind, List<LocalDate> dates, LocalDate windowStart, UUID rootTeamId, String by, String period,
                        Instant recordedAt) {

    /** The most dates a series may hold. */
    public static final int MAX_DATES = 120;

    public RunReport {
        dates = List.copyOf(dates);
    }

    public RunReport(ReportKind kind, List<LocalDate> dates, LocalDate windowStart, UUID rootTeamId, String by, String period) {
        this(kind, dates, windowStart, rootTeamId, by, period, null);
    }

    /** The same report as Cadre knew it at {@code instant}. */
    public RunReport asRecordedAt(Instant instant) {
        return new RunReport(kind, dates, windowStart, rootTeamId, by, period, instant);
    }

    /** The report on one date, its figures over time counted over the year up to that date. */
    public static RunReport on(ReportKind kind, LocalDate asOf, UUID rootTeamId, String by, String period) {
        return new RunReport(kind, List.of(asOf), asOf.minusYears(1), rootTeamId, by, period);
    }

    /** The report as a series from {@code from} to {@code to}, one date per interval, each counting over its interval. */
    public static RunReport series(ReportKind kind, LocalDate from, LocalDate to, ReportInterval interval, UUID rootTeamId,
                                   String by, String period) {
        return new RunReport(kind, dates(from, to, interval), interval.before(from), rootTeamId, by, period);
    }

    /** The dates of a series: {@code from}, then one interval after another while not after {@code to}. */
    public static List<LocalDate> dates(LocalDate from, LocalDate to, ReportInterval interval) {
        List<LocalDate> dates = new ArrayList<>();
        for (int step = 0; ; step++) {
            LocalDate date = interval == ReportInterval.MONTH ? from.plusMonths(step) : from.plusMonths(3L * step);
            if (date.isAfter(to) || dates.size() > MAX_DATES) {
                return dates;
            }
            dates.add(date);
        }
    }
}
