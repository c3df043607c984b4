package io.cadre.platform.ui;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/** How the UI writes dates, counts and codes for people: one date format everywhere, plurals that agree. */
public final class Words {

    private Words() {
    }

    /** A date in the organisation's locale, as the date pickers show it; empty for none. */
    public static String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        Locale locale = Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.UK);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(date);
    }

    /** "1 person", "2 people", "0 teams": a count with the noun that agrees with it. */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** An upper-case code such as {@code ORGANIZATION} or {@code IN_PROGRESS} as a word: "Organization", "In progress". */
    public static String of(Enum<?> code) {
        return code == null ? "" : of(code.name());
    }

    /** An upper-case code as a word, as {@link #of(Enum)}. */
    public static String of(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
