package io.cadre.access.service;

import io.cadre.access.api.SignInFailed;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords in a row per account, in the UI's sign-in and in HTTP Basic alike (Spring Security
 * announces both), and locks the account as {@link SignInPolicy} says; a locked account refuses even the right
 * password until the lock ends ({@link UserAccounts#loadUserByUsername}). Each failure is recorded as a
 * {@link SignInFailed} event. Names that are no account are not counted: there is nothing to lock.
 */
@Component
class SignInGuard {

    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

    private final JdbcTemplate jdbc;
    private final SignInPolicy policy;
    private final Clock clock;
    private final AccessEvents events;

    SignInGuard(JdbcTemplate jdbc, SignInPolicy policy, Clock clock, AccessEvents events) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        List<Integer> failures = jdbc.query("update app_user set failed_sign_ins = failed_sign_ins + 1 where username = ?"
                + " returning failed_sign_ins", (rs, i) -> rs.getInt(1), username);
        if (failures.isEmpty()) {
            return;
        }
        int count = failures.getFirst();
        Instant lockedUntil = policy.lockedUntil(count, clock.instant());
        if (lockedUntil != null) {
            jdbc.update("update app_user set locked_until = ? where username = ?", Timestamp.from(lockedUntil), username);
            log.warn("{} wrong passwords in a row for {}: locked until {}", count, username, lockedUntil);
        }
        events.record(new SignInFailed(username, count, lockedUntil), username);
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        jdbc.update("update app_user set failed_sign_ins = 0, locked_until = null where username = ? and failed_sign_ins > 0",
                event.getAuthentication().getName());
    }
}
