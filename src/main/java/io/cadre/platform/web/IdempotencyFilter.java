package io.cadre.platform.web;

import io.cadre.platform.gateway.Commands;
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
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import io.cadre.platform.consistency.ReadModelBarrier;
import io.cadre.platform.consistency.ReadModelsBehind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a POST under /api with an Idempotency-Key safe to retry: the same user, path and key within
 * 24 hours gets the first answer again and records nothing new; the same key with another body gets 422. When the first
 * answer was lost after its commands committed (a failure after the commit), the retry gets the outcome stored with
 * their events ({@link IdempotencyOutcomes}); when the first request died before committing anything, its claim is
 * taken over once older than {@code cadre.idempotency.stale-claim-after} (60 s: past every database timeout).
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY = 200;

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final JdbcTemplate jdbc;
    private final Duration staleAfter;
    private final JsonMapper json = JsonMapper.builder().build();

    private final ReadModelBarrier barrier;

    IdempotencyFilter(JdbcTemplate jdbc, @Value("${cadre.idempotency.stale-claim-after:60s}") Duration staleAfter,
                      ReadModelBarrier barrier) {
        this.jdbc = jdbc;
        this.staleAfter = staleAfter;
        this.barrier = barrier;
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
        Claim claim = new Claim(user.getName(), request.getRequestURI(), key, sha256(body));
        jdbc.update("delete from idempotent_request where username = ? and method_path = ? and idem_key = ?"
                + " and created_at < now() - interval '24 hours'", claim.user, claim.path, claim.key);
        UUID claimId = UUID.randomUUID();
        int claimed = jdbc.update("insert into idempotent_request (username, method_path, idem_key, request_hash, claim_id)"
                + " values (?, ?, ?, ?, ?) on conflict do nothing", claim.user, claim.path, claim.key, claim.hash, claimId);
        if (claimed == 0) {
            Optional<UUID> takenOver = replayOrTakeOver(claim, response);
            if (takenOver.isEmpty()) {
                return;
            }
            claimId = takenOver.get();
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        MDC.put(Commands.IDEMPOTENCY_CLAIM_MDC, claimId.toString());
        try {
            chain.doFilter(new ReplayableRequest(request, body), recorded);
            if (recorded.getStatus() < 500) {
                stored = storeAnswer(claimId, recorded);
            }
        } finally {
            MDC.remove(Commands.IDEMPOTENCY_CLAIM_MDC);
            if (!stored) {
                // Released only when nothing of it was recorded; a claim whose command committed keeps its outcome for
                // the retry. If the database cannot be reached now, the claim turns stale and a retry takes it over.
                try {
                    jdbc.update("delete from idempotent_request where claim_id = ? and outcome_version is null", claimId);
                } catch (RuntimeException e) {
                    log.warn("Could not release idempotency claim {}: {}", claimId, e.getMessage());
                }
            }
            recorded.copyBodyToResponse();
        }
    }

    /**
     * Keeps the answer for retries. When it cannot be kept (the database went away after the commands committed), the
     * caller still gets it, and a retry rebuilds it from the outcome committed with the commands' events.
     */
    private boolean storeAnswer(UUID claimId, ContentCachingResponseWrapper recorded) {
        try {
            jdbc.update("update idempotent_request set status = ?, content_type = ?, location = ?, etag = ?, body = ?"
                            + " where claim_id = ?",
                    recorded.getStatus(), recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION),
                    recorded.getHeader(HttpHeaders.ETAG), recorded.getContentAsByteArray(), claimId);
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not keep the answer of idempotency claim {}: {}", claimId, e.getMessage());
            return false;
        }
    }

    /**
     * Answers a request whose key is already claimed: with the first answer, with the outcome its commands recorded when
     * the answer was lost, or 409 while it still runs. A claim that is stale and recorded nothing is taken over: the
     * new claim's id is returned and the request runs.
     */
    private Optional<UUID> replayOrTakeOver(Claim claim, HttpServletResponse response) throws IOException {
        List<Stored> rows = jdbc.query("select request_hash, status, content_type, location, etag, body, claim_id, outcome_id,"
                        + " outcome_version, outcome_created, created_at < now() - cast(? as interval)"
                        + " from idempotent_request where username = ? and method_path = ? and idem_key = ?",
                (rs, i) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBytes(6), rs.getObject(7, UUID.class), rs.getObject(8, UUID.class),
                        (Long) rs.getObject(9), (Boolean) rs.getObject(10), rs.getBoolean(11)),
                staleAfter.toMillis() + " milliseconds", claim.user, claim.path, claim.key);
        if (rows.isEmpty()) {
            problem(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key has just ended; retry it");
            return Optional.empty();
        }
        Stored first = rows.getFirst();
        if (!first.hash.equals(claim.hash)) {
            problem(response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "This Idempotency-Key was already used with a different request body");
        } else if (first.status != null) {
            answer(response, first.status, first.contentType, first.location, first.etag, first.body);
        } else if (first.outcomeVersion != null && first.outcomeId != null) {
            answerOutcome(claim, first, response);
        } else if (first.stale) {
            UUID claimId = UUID.randomUUID();
            int taken = jdbc.update("update idempotent_request set claim_id = ?, created_at = now() where claim_id is not distinct from ?"
                    + " and status is null and outcome_version is null and username = ? and method_path = ? and idem_key = ?",
                    claimId, first.claimId, claim.user, claim.path, claim.key);
            if (taken == 1) {
                log.info("Idempotency-Key of {} on {}: the first request died before recording anything; running it again",
                        claim.user, claim.path);
                return Optional.of(claimId);
            }
            problem(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key is still being processed");
        } else {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, staleAfter.toSeconds())));
            problem(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key is still being processed");
        }
        return Optional.empty();
    }

    /**
     * The answer a command call gives ({@link Versions}), rebuilt from the outcome stored with its events, once the read
     * models include them, as the first request's answer would have come: a 2xx is readable right after, on any node. When
     * they do not include it in time, 503 with {@code Retry-After}, kept for no one: the next retry asks again.
     */
    private void answerOutcome(Claim claim, Stored first, HttpServletResponse response) throws IOException {
        if (!barrier.awaitEvent(first.outcomeId.toString(), first.outcomeVersion)) {
            ReadModelsBehind behind = new ReadModelsBehind(first.outcomeId.toString(), first.outcomeVersion, ReadModelsBehind.RETRY_AFTER);
            ProblemResponses.write(response, behind.problem(), behind.retryAfter());
            return;
        }
        boolean created = Boolean.TRUE.equals(first.outcomeCreated);
        String location = created ? claim.path + "/" + first.outcomeId : null;
        byte[] body = json.writeValueAsBytes(java.util.Map.of("id", first.outcomeId, "version", first.outcomeVersion));
        int status = created ? HttpStatus.CREATED.value() : HttpStatus.OK.value();
        String etag = Versions.etag(first.outcomeVersion);
        jdbc.update("update idempotent_request set status = ?, content_type = ?, location = ?, etag = ?, body = ? where claim_id = ?",
                status, MediaType.APPLICATION_JSON_VALUE, location, etag, body, first.claimId);
        answer(response, status, MediaType.APPLICATION_JSON_VALUE, location, etag, body);
    }

    private static void answer(HttpServletResponse response, int status, String contentType, String location, String etag,
                               byte[] body) throws IOException {
        response.setStatus(status);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        if (location != null) {
            response.setHeader(HttpHeaders.LOCATION, location);
        }
        if (etag != null) {
            response.setHeader(HttpHeaders.ETAG, etag);
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (body != null) {
            response.getOutputStream().write(body);
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

    private record Claim(String user, String path, String key, String hash) {
    }

    private record Stored(String hash, Integer status, String contentType, String location, String etag, byte[] body,
                          UUID claimId, UUID outcomeId, Long outcomeVersion, Boolean outcomeCreated, boolean stale) {
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
