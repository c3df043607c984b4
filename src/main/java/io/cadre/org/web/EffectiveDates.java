package io.cadre.org.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** A change without an effective date takes effect today, in the organisation's time zone. */
@Component
class EffectiveDates {

    private final Clock clock;

    EffectiveDates(Clock clock) {
        this.clock = clock;
    }

    LocalDate orToday(LocalDate date) {
        return date != null ? date : LocalDate.now(clock);
    }
}
