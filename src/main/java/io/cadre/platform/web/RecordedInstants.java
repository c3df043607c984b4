package io.cadre.platform.web;

import io.cadre.shared.InvalidInput;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the instant a view asks "as recorded at": ISO-8601 with its offset ({@code 2027-03-01T09:00:00Z}); null when not asked. */
public final class RecordedInstants {

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

    private RecordedInstants() {
    }

    public static Instant parse(String field, String text) {
        if (text == null) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "must be an instant written ISO-8601 with its offset, such as 2027-03-01T09:00:00Z");
        }
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw InvalidInput.of(field, "must be an instant between 1900 and 2999");
        }
        return instant;
    }
}
