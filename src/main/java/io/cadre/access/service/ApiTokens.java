package io.cadre.access.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import io.cadre.platform.security.TokenAuthentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * API tokens: 32 random bytes shown once to the user and stored only as their SHA-256, so a call with a
 * token costs one indexed lookup and no password hashing.
 */
@Component
public class ApiTokens implements TokenAuthentication {

    private static final String PREFIX = "cadre_";
    private final SecureRandom random = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final UserAccounts users;

    ApiTokens(JdbcTemplate jdbc, UserAccounts users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Issues a new token for the user and returns it; this is the only time it can be seen. */
    public String issue(String username, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("insert into api_token (token_hash, username, name) values (?, ?, ?)", hash(token), username, name);
        return token;
    }

    /**
     * The signed-in user a token stands for, if it is a token Cadre issued to a user that still exists and whose
     * person has not left. The token's
     * last use is kept to the minute: writing it on every call made each call a commit, and made concurrent calls
     * with one token queue for its row.
     */
    @Override
    public Optional<Authentication> authenticate(String token) {
        String hash = hash(token);
        List<Found> found = jdbc.query("select u.username, u.roles, t.last_used_at < now() - interval '1 minute'"
                        + " or t.last_used_at is null, u.person_id from api_token t join app_user u on u.username = t.username"
                        + " where t.token_hash = ?",
                (rs, i) -> new Found(authentication(rs.getString(1), rs.getString(2)), rs.getBoolean(3),
                        rs.getObject(4, java.util.UUID.class)), hash);
        if (!found.isEmpty() && users.hasLeft(found.getFirst().personId())) {
            return Optional.empty();
        }
        if (!found.isEmpty() && found.getFirst().stale()) {
            jdbc.update("update api_token set last_used_at = now() where token_hash = ?"
                    + " and (last_used_at is null or last_used_at < now() - interval '1 minute')", hash);
        }
        return found.stream().map(Found::user).findFirst();
    }

    private record Found(Authentication user, boolean stale, java.util.UUID personId) {
    }

    private static Authentication authentication(String username, String roles) {
        return UsernamePasswordAuthenticationToken.authenticated(username, null, Arrays.stream(roles.split(","))
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.strip())).toList());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
