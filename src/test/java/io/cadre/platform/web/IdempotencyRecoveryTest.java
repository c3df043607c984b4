package io.cadre.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A retry with the same Idempotency-Key records a change at most once, whatever became of the first request: its
 * answer lost after its events committed (the retry learns the outcome stored with them), or the request dead before
 * it committed anything (its stale claim is taken over rather than answering 409 for a day).
 */
@IntegrationTest
class IdempotencyRecoveryTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void answersCanBeStoredAgain() {
        jdbc.execute("drop trigger if exists test_answer_lost on idempotent_request");
        jdbc.execute("drop function if exists test_answer_lost()");
    }

    @Test
    void aRetryAfterAFailureThatFollowedTheCommitLearnsTheOutcomeAndRecordsNothingNew() {
        Api api = Api.asAdmin(port);
        UUID person = person(api);
        String key = "lost-answer-" + UUID.randomUUID();
        // The answer cannot be kept (the database goes away after the command has committed): the caller still gets it,
        // and so does the retry, from the outcome committed with the command's events.
        jdbc.execute("""
                create or replace function test_answer_lost() returns trigger language plpgsql as $$
                begin
                    if new.idem_key like 'lost-answer-%' and new.status is not null then
                        raise exception 'connection lost';
                    end if;
                    return new;
                end $$""");
        jdbc.execute("create trigger test_answer_lost before update on idempotent_request for each row"
                + " execute function test_answer_lost()");
        String body = "{\"title\":\"Staff Engineer\",\"reason\":\"Growth\"}";

        Api.Response first = api.postRaw("/api/people/" + person + "/title", "application/json", body, "Idempotency-Key", key)
                .expect(200);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(jdbc.queryForObject("select status is null and outcome_version is not null from idempotent_request"
                + " where idem_key = ?", Boolean.class, key)).as("the claim keeps the committed outcome, not the answer").isTrue();
        answersCanBeStoredAgain();

        Api.Response retry = api.postRaw("/api/people/" + person + "/title", "application/json", body, "Idempotency-Key", key)
                .expect(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id").asString()).isEqualTo(person.toString());
        long version = retry.json().get("version").asLong();
        assertThat(version).isEqualTo(first.json().get("version").asLong());
        assertThat(retry.header("ETag")).isEqualTo("\"" + version + "\"");
        assertThat(titleChanges(person)).isEqualTo(1);
        assertThat(api.get("/api/people/" + person).json().get("version").asLong()).isEqualTo(version);

        api.postRaw("/api/people/" + person + "/title", "application/json", body, "Idempotency-Key", key).expect(200);
        assertThat(titleChanges(person)).isEqualTo(1);
    }

    @Test
    void aStaleClaimOfARequestThatDiedBeforeRecordingAnythingIsTakenOver() throws Exception {
        Api api = Api.asAdmin(port);
        UUID person = person(api);
        String path = "/api/people/" + person + "/title";
        String body = "{\"title\":\"Principal Engineer\",\"reason\":\"Growth\"}";
        String stale = "died-" + UUID.randomUUID();
        String fresh = "running-" + UUID.randomUUID();
        // Claims left by requests whose JVM died: one long ago, one a moment ago (that one may still be running).
        claim(stale, path, body, "now() - interval '5 minutes'");
        claim(fresh, path, body, "now()");

        api.postRaw(path, "application/json", body, "Idempotency-Key", fresh).expectProblem(409);
        assertThat(titleChanges(person)).isZero();

        api.postRaw(path, "application/json", body, "Idempotency-Key", stale).expect(200);
        assertThat(titleChanges(person)).isEqualTo(1);
        Api.Response again = api.postRaw(path, "application/json", body, "Idempotency-Key", stale).expect(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(titleChanges(person)).isEqualTo(1);
    }

    private void claim(String key, String path, String body, String createdAt) throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        jdbc.update("insert into idempotent_request (username, method_path, idem_key, request_hash, claim_id, created_at)"
                + " values ('admin', ?, ?, ?, ?, " + createdAt + ")", path, key, hash, UUID.randomUUID());
    }

    private static UUID person(Api api) {
        UUID team = api.formTeam("Retries " + UUID.randomUUID(), null, LocalDate.of(2024, 1, 1));
        return api.hire("Retry Subject", team, null, LocalDate.of(2024, 1, 1));
    }

    private long titleChanges(UUID person) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%TitleChanged'", Long.class, person.toString());
    }
}
