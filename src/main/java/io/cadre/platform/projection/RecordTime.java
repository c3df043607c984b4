package io.cadre.platform.projection;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When a fact was recorded, the one way read models keep it and views "as Cadre knew it at an instant" ask for it: the
 * stored event's instant rounded to PostgreSQL's microseconds (as the JDBC driver rounds a timestamp), so that a
 * replay writes the same value, and the conditions that keep only the rows recorded (and not retracted) by an instant.
 */
public final class RecordTime {

    private RecordTime() {
    }

    /** The instant a read model keeps for an event stored at {@code stored}. */
    public static Instant of(Instant stored) {
        return stored.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

    /** SQL: a row of {@code alias} recorded by the instant given once as the statement's next parameter. */
    public static String recordedBy(String alias) {
        return alias + ".recorded_at <= ?";
    }

    /**
     * SQL: a row of {@code alias} recorded, and not retracted, by the instant given twice as the statement's next
     * parameters: a change retracted later still counts as known before its retraction.
     */
    public static String known(String alias) {
        return recordedBy(alias) + " and (" + alias + ".retracted_at is null or " + alias + ".retracted_at > ?)";
    }
}
