package io.cadre.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a POST under /api with an Idempotency-Key safe to retry: the same user, path and key within
 * 24 hours gets the first answer again and records nothing new; the same key with another body gets 422.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY = 200;

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    IdempotencyFilter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER);
        if (user == null || !user.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY) {
            problem(response, HttpStatus.BAD_REQUEST, "Idempotency-Key must be 1 to " + MAX_KEY + " characters");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String hash = sha256(body);
        String path = request.getRequestURI();
        jdbc.update("delete from idempotent_request where username = ? and method_path = ? and idem_key = ?"
                + " and created_at < now() - interval '24 hours'", user.getName(), path, key);
        int claimed = jdbc.update("insert into idempotent_request (username, method_path, idem_key, request_hash)"
                + " values (?, ?, ?, ?) on conflict do nothing", user.getName(), path, key, hash);
        if (claimed == 0) {
            replay(user.getName(), path, key, hash, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(new ReplayableRequest(request, body), recorded);
            if (recorded.getStatus() < 500) {
                jdbc.update("update idempotent_request set status = ?, content_type = ?, location = ?, etag = ?, body = ?"
                                + " where username = ? and method_path = ? and idem_key = ?",
                        recorded.getStatus(), recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION),
                        recorded.getHeader(HttpHeaders.ETAG), recorded.getContentAsByteArray(), user.getName(), path, key);
                stored = true;
            }
        } finally {
            if (!stored) {
                jdbc.update("delete from idempotent_request where username = ? and method_path = ? and idem_key = ?",
                        user.getName(), path, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void replay(String user, String path, String key, String hash, HttpServletResponse response) throws IOException {
        List<Stored> rows = jdbc.query("select request_hash, status, content_type, location, etag, body from idempotent_request"
                        + " where username = ? and method_path = ? and idem_key = ?",
                (rs, i) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBytes(6)), user, path, key);
        if (rows.isEmpty()) {
            problem(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key has just ended; retry it");
            return;
        }
        Stored first = rows.getFirst();
        if (!first.hash.equals(hash)) {
            problem(response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "This Idempotency-Key was already used with a different request body");
        } else if (first.status == null) {
            problem(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key is still being processed");
        } else {
            response.setStatus(first.status);
            if (first.contentType != null) {
                response.setContentType(first.contentType);
            }
            if (first.location != null) {
                response.setHeader(HttpHeaders.LOCATION, first.location);
            }
            if (first.etag != null) {
                response.setHeader(HttpHeaders.ETAG, first.etag);
            }
            response.setHeader("Idempotent-Replayed", "true");
            if (first.body != null) {
                response.getOutputStream().write(first.body);
            }
        }
    }

    private void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.getOutputStream().write(json.writeValueAsBytes(java.util.Map.of(
                "type", "about:blank", "status", status.value(), "title", status.getReasonPhrase(), "detail", detail)));
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Stored(String hash, Integer status, String contentType, String location, String etag, byte[] body) {
    }

    /** The request again, with its body read once already. */
    private static final class ReplayableRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayableRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("Synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
