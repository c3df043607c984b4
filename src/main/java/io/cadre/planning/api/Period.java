package io.cadre.planning.api;

import io.cadre.shared.InvalidInput;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A planning period: a quarter ({@code 2027-Q1}), a half ({@code 2027-H1}) or a year ({@code 2027}). */
public record Period(int year, char kind, int number) implements Comparable<Period> {

    public static final String PATTERN = "\\d{4}(-(Q[1-4]|H[12]))?";
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-([QH])(\\d))?");

    /** Reads a period written as {@code 2027-Q1}, {@code 2027-H1} or {@code 2027}; anything else is invalid input. */
    public static Period parse(String field, String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches() || !text.strip().matches(PATTERN)) {
            throw InvalidInput.of(field, "must be a quarter, a half or a year, such as 2027-Q1, 2027-H1 or 2027");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1900 || year > 2999) {
            throw InvalidInput.of(field, "must be a year between 1900 and 2999");
        }
        return m.group(2) == null ? new Period(year, 'Y', 1) : new Period(year, m.group(2).charAt(0), Integer.parseInt(m.group(3)));
    }

    /** The quarter a date falls in. */
    public static Period quarterOf(LocalDate date) {
        return new Period(date.getYear(), 'Q', (date.getMonthValue() - 1) / 3 + 1);
    }

    private int months() {
        return kind == 'Q' ? 3 : kind == 'H' ? 6 : 12;
    }

    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * months() + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(months()).minusDays(1);
    }

    /** The period of the same length that follows this one. */
    public Period next() {
        int periods = 12 / months();
        return number < periods ? new Period(year, kind, number + 1) : new Period(year + 1, kind, 1);
    }

    /** The period of the same length before this one. */
    public Period previous() {
        return number > 1 ? new Period(year, kind, number - 1) : new Period(year - 1, kind, 12 / months());
    }

    /** Whether every day of the other period lies within this one. */
    public boolean covers(Period other) {
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    public boolean endedBefore(LocalDate date) {
        return end().isBefore(date);
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : Integer.compare(other.months(), months());
    }

    @Override
    public String toString() {
        return kind == 'Y' ? Integer.toString(year) : year + "-" + kind + number;
    }
}
