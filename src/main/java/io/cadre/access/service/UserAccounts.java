package io.cadre.access.service;

import io.cadre.shared.Role;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import io.cadre.access.api.Account;
import io.cadre.access.api.Accounts;
import io.cadre.platform.security.LinkedPeople;
import org.springframework.dao.DuplicateKeyException;
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

    UserAccounts(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }


    @Override
    public UserDetails loadUserByUsername(String username) {
        List<UserDetails> users = jdbc.query("select username, password_hash, roles from app_user where username = ?",
                (rs, i) -> User.withUsername(rs.getString(1))
                        .password(rs.getString(2))
                        .authorities(parseRoles(rs.getString(3)).stream()
                                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList())
                        .build(), username);
        if (users.isEmpty()) {
            throw new UsernameNotFoundException("No user " + username);
        }
        return users.getFirst();
    }

    @Override
    public List<Account> all() {
        return jdbc.query("select username, roles, person_id, created_at from app_user order by username",
                (rs, i) -> new Account(rs.getString(1), parseRoles(rs.getString(2)), rs.getObject(3, UUID.class),
                        rs.getTimestamp(4).toInstant()));
    }

    @Override
    public boolean exists(String username) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from app_user where username = ?)",
                Boolean.class, username));
    }

    public boolean anyExists() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from app_user)", Boolean.class));
    }

    /** Creates a user; false when the username is taken. */
    @Override
    public boolean create(String username, String password, Set<Role> roles, UUID personId) {
        try {
            jdbc.update("insert into app_user (username, password_hash, roles, person_id) values (?, ?, ?, ?)",
                    username, encoder.encode(password), format(roles), personId);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean setRoles(String username, Set<Role> roles) {
        return jdbc.update("update app_user set roles = ? where username = ?", format(roles), username) == 1;
    }

    @Override
    public Optional<UUID> personOf(String username) {
        return jdbc.query("select person_id from app_user where username = ? and person_id is not null",
                (rs, i) -> rs.getObject(1, UUID.class), username).stream().findFirst();
    }

    @Override
    public boolean linkPerson(String username, UUID personId) {
        return jdbc.update("update app_user set person_id = ? where username = ?", personId, username) == 1;
    }

    private static String format(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private static Set<Role> parseRoles(String roles) {
        return Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).map(Role::valueOf)
                .collect(Collectors.toSet());
    }
}
