package io.cadre.platform.web;

import io.cadre.shared.InvalidInput;
import io.cadre.shared.PlausibleDate;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * A change without an effective date takes effect today, in the organisation's time zone; a date a query
 * asks about lies where the organisation's facts can, which also keeps it within what the database stores.
 */
@Component
public class EffectiveDates {

    private final Clock clock;

    EffectiveDates(Clock clock) {
        this.clock = clock;
    }

    public LocalDate orToday(LocalDate date) {
        return date != null ? date : LocalDate.now(clock);
    }

    public static LocalDate plausible(String field, LocalDate date) {
        if (!new PlausibleDate.Check().isValid(date, null)) {
            throw InvalidInput.of(field, "must be a date between 1900-01-01 and 2999-12-31");
        }
        return date;
    }
}
