package io.cadre.org.command;

import io.cadre.shared.RuleViolation;
import java.time.LocalDate;

/**
 * When a team or person exists: from its start, until its end if it has one, and the date of the latest
 * change recorded on it, so that an end cannot be placed before a change that is already planned.
 */
record Lifespan(String subject, LocalDate start, LocalDate end, LocalDate latestChange) {

    static Lifespan starting(String subject, LocalDate start) {
        return new Lifespan(subject, start, null, start);
    }

    Lifespan changedOn(LocalDate date) {
        return new Lifespan(subject, start, end, date.isAfter(latestChange) ? date : latestChange);
    }

    Lifespan endedOn(LocalDate date) {
        return new Lifespan(subject, start, date, latestChange);
    }

    void requireChangeAllowedOn(LocalDate date) {
        if (date.isBefore(start)) {
            throw new RuleViolation(subject + " only exists from " + start + "; a change cannot take effect on " + date);
        }
        if (end != null && !date.isBefore(end)) {
            throw new RuleViolation(subject + " ended on " + end + "; a change cannot take effect on " + date);
        }
    }

    void requireEndAllowedOn(LocalDate date) {
        if (end != null) {
            throw new RuleViolation(subject + " already ended on " + end);
        }
        if (!date.isAfter(start)) {
            throw new RuleViolation(subject + " starts on " + start + "; it can only end after that date");
        }
        if (latestChange.isAfter(date)) {
            throw new RuleViolation(subject + " has a change taking effect on " + latestChange
                    + ", after " + date + "; that change has to be undone first");
        }
    }
}
