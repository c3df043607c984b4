package io.cadre.access.service;

import io.cadre.shared.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import io.cadre.access.api.Account;
import io.cadre.access.api.AccountUnlocked;
import io.cadre.access.api.Accounts;
import io.cadre.access.api.UserCreated;
import io.cadre.access.api.UserLinkedToPerson;
import io.cadre.access.api.UserRolesChanged;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.PersonDetails;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import org.springframework.transaction.annotation.Transactional;
import io.cadre.platform.security.LinkedPeople;
import io.cadre.platform.security.SystemIdentity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Cadre's users, stored in PostgreSQL with hashed passwords, their roles and the person each one is. */
@Component
public class UserAccounts implements UserDetailsService, Accounts, LinkedPeople {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final AccessEvents events;
    private final Queries queries;
    private final Clock clock;

    UserAccounts(JdbcTemplate jdbc, PasswordEncoder encoder, AccessEvents events, Queries queries, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.events = events;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * The account as Spring Security signs it in: locked while failed sign-ins lock it ({@link SignInGuard}), and
     * disabled from the day the person it is linked to leaves the organisation.
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        List<UserDetails> users = jdbc.query("select username, password_hash, roles, person_id,"
                        + " coalesce(locked_until > now(), false) from app_user where username = ?",
                (rs, i) -> User.withUsername(rs.getString(1))
                        .password(rs.getString(2))
                        .authorities(parseRoles(rs.getString(3)).stream()
                                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList())
                        .accountLocked(rs.getBoolean(5))
                        .disabled(hasLeft(rs.getObject(4, UUID.class)))
                        .build(), username);
        if (users.isEmpty()) {
            throw new UsernameNotFoundException("No user " + username);
        }
        return users.getFirst();
    }

    private static final SystemIdentity SIGN_IN = new SystemIdentity("sign-in", Role.ADMIN);

    /** Whether the person a user is linked to has left the organisation by today. */
    public boolean hasLeft(UUID personId) {
        if (personId == null) {
            return false;
        }
        try {
            // Asked while signing the user in, before anyone is signed in: Cadre's own question, not a user's read.
            PersonDetails person = SIGN_IN.call(() -> queries.ask(new GetPerson(personId), PersonDetails.class));
            return person.leftOn() != null && !person.leftOn().isAfter(LocalDate.now(clock));
        } catch (NotFound unknown) {
            return false;
        }
    }

    @Override
    public List<Account> all() {
        return jdbc.query("select username, roles, person_id, created_at, case when locked_until > now() then locked_until end"
                        + " from app_user order by username",
                (rs, i) -> new Account(rs.getString(1), parseRoles(rs.getString(2)), rs.getObject(3, UUID.class),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()));
    }

    /** Lifts a lock wrong passwords put on the account and records it; false when it was not locked. */
    @Transactional
    public boolean unlock(String username) {
        List<Instant> lockedUntil = jdbc.query("update app_user u set failed_sign_ins = 0, locked_until = null"
                        + " from (select locked_until from app_user where username = ? for update) old"
                        + " where u.username = ? and old.locked_until > now() returning old.locked_until",
                (rs, i) -> rs.getTimestamp(1).toInstant(), username, username);
        if (lockedUntil.isEmpty()) {
            return false;
        }
        events.record(new AccountUnlocked(username, lockedUntil.getFirst()));
        return true;
    }

    @Override
    public boolean exists(String username) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from app_user where username = ?)",
                Boolean.class, username));
    }

    public boolean anyExists() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from app_user)", Boolean.class));
    }

    /**
     * Creates a user and records it; false when the username is taken.
     *
     * @throws InvalidInput when the password is too weak ({@link PasswordRule}); nothing is created
     */
    @Override
    @Transactional
    public boolean create(String username, String password, Set<Role> roles, UUID personId) {
        List<FieldError> errors = new ArrayList<>();
        PasswordRule.check(username, password, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        int created = jdbc.update("insert into app_user (username, password_hash, roles, person_id) values (?, ?, ?, ?)"
                + " on conflict (username) do nothing", username, encoder.encode(password), format(roles), personId);
        if (created == 0) {
            return false;
        }
        events.record(new UserCreated(username, Set.copyOf(roles), personId));
        return true;
    }

    /** Sets a user's roles and records the change; false when there is no such user. */
    @Override
    @Transactional
    public boolean setRoles(String username, Set<Role> roles) {
        List<String> before = jdbc.query("select roles from app_user where username = ? for update",
                (rs, i) -> rs.getString(1), username);
        if (before.isEmpty()) {
            return false;
        }
        Set<Role> from = parseRoles(before.getFirst());
        if (!from.equals(roles)) {
            jdbc.update("update app_user set roles = ? where username = ?", format(roles), username);
            events.record(new UserRolesChanged(username, from, Set.copyOf(roles)));
        }
        return true;
    }

    @Override
    public Optional<UUID> personOf(String username) {
        return jdbc.query("select person_id from app_user where username = ? and person_id is not null",
                (rs, i) -> rs.getObject(1, UUID.class), username).stream().findFirst();
    }

    /** Links a user to the person they are and records the change; false when there is no such user. */
    @Override
    @Transactional
    public boolean linkPerson(String username, UUID personId) {
        List<Optional<UUID>> before = jdbc.query("select person_id from app_user where username = ? for update",
                (rs, i) -> Optional.ofNullable(rs.getObject(1, UUID.class)), username);
        if (before.isEmpty()) {
            return false;
        }
        UUID from = before.getFirst().orElse(null);
        if (!java.util.Objects.equals(from, personId)) {
            jdbc.update("update app_user set person_id = ? where username = ?", personId, username);
            events.record(new UserLinkedToPerson(username, from, personId));
        }
        return true;
    }

    private static String format(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private static Set<Role> parseRoles(String roles) {
        return Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).map(Role::valueOf)
                .collect(Collectors.toSet());
    }
}
