package io.cadre.platform.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Cadre's users, stored in PostgreSQL with hashed passwords and their roles. */
@Component
class UserAccounts implements UserDetailsService {

    private final JdbcTemplate jdbc;

    UserAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        List<UserDetails> users = jdbc.query("select username, password_hash, roles from app_user where username = ?",
                (rs, i) -> User.withUsername(rs.getString(1))
                        .password(rs.getString(2))
                        .authorities(Arrays.stream(rs.getString(3).split(","))
                                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.strip())).toList())
                        .build(), username);
        if (users.isEmpty()) {
            throw new UsernameNotFoundException("No user " + username);
        }
        return users.getFirst();
    }

    boolean anyExists() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from app_user)", Boolean.class));
    }

    void create(String username, String passwordHash, String roles) {
        jdbc.update("insert into app_user (username, password_hash, roles) values (?, ?, ?) on conflict do nothing",
                username, passwordHash, roles);
    }
}
