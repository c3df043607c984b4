package io.cadre.access.service;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins slow down and then lock an account: the first {@code freeAttempts} failures in a row cost
 * nothing; each later one locks the account for {@code firstDelay}, then twice as long, and so on; the
 * {@code lockAfter}-th locks it for {@code lockFor}. A successful sign-in starts the count again.
 */
@ConfigurationProperties("cadre.sign-in")
public record SignInPolicy(@DefaultValue("3") int freeAttempts, @DefaultValue("10") int lockAfter,
                           @DefaultValue("2s") Duration firstDelay, @DefaultValue("15m") Duration lockFor) {

    /** The instant the account stays locked until after this many failures in a row, or null for no lock. */
    public Instant lockedUntil(int failures, Instant now) {
        if (failures >= lockAfter) {
            return now.plus(lockFor);
        }
        if (failures >= freeAttempts) {
            Duration delay = firstDelay.multipliedBy(1L << Math.min(failures - freeAttempts, 20));
            return now.plus(delay.compareTo(lockFor) < 0 ? delay : lockFor);
        }
        return null;
    }
}
