package io.cadre.org.web;

import static org.assertj.core.api.Assertions.assertThat;
import static io.cadre.support.Api.body;

import io.cadre.support.Api;
import io.cadre.support.EventLog;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Optimistic concurrency with If-Match and safe retries with Idempotency-Key (product.md §6): a stale
 * version or a replayed request never records anything.
 */
@IntegrationTest
class ConcurrencyAndIdempotencyTest {

    private static final LocalDate FORMED = LocalDate.of(2024, 1, 1);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;

    @BeforeEach
    void setUp() {
        api = Api.asAdmin(port);
    }

    @Test
    void theEtagOfAReadIsAnIfMatchThatApplies() {
        UUID team = api.formTeam("Etag " + UUID.randomUUID(), null, FORMED);
        String etag = api.get("/api/teams/" + team).expect(200).header("ETag");

        Api.Response renamed = api.post("/api/teams/" + team + "/rename", body("name", "Etag renamed " + UUID.randomUUID()),
                "If-Match", etag).expect(200);

        assertThat(renamed.json().get("version").asLong()).isEqualTo(1);
        assertThat(renamed.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.get("/api/teams/" + team).expect(200).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void ifMatchWithTheCurrentVersionAppliesTheChange() {
        UUID team = api.formTeam("Current " + UUID.randomUUID(), null, FORMED);
        UUID person = api.hire("Cora Current", team, null, FORMED);

        api.post("/api/people/" + person + "/title", body("title", "Lead"), "If-Match", "\"0\"").expect(200);
        api.post("/api/people/" + person + "/level", body("level", "eng/2", "kind", "PROMOTION"), "If-Match", "\"1\"")
                .expect(200);

        JsonNode read = api.get("/api/people/" + person).expect(200).json();
        assertThat(read.get("title").asString()).isEqualTo("Lead");
        assertThat(read.get("level").asString()).isEqualTo("eng/2");
        assertThat(read.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndRecordsNothing() {
        UUID team = api.formTeam("Stale " + UUID.randomUUID(), null, FORMED);
        String firstName = "Stale renamed " + UUID.randomUUID();
        api.post("/api/teams/" + team + "/rename", body("name", firstName), "If-Match", "\"0\"").expect(200);
        long before = EventLog.size(jdbc);

        Api.Response stale = api.post("/api/teams/" + team + "/rename", body("name", "Lost update " + UUID.randomUUID()),
                "If-Match", "\"0\"");

        assertProblem(stale, 412);
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
        JsonNode read = api.get("/api/teams/" + team).expect(200).json();
        assertThat(read.get("name").asString()).isEqualTo(firstName);
        assertThat(read.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void anIfMatchAheadOfTheCurrentVersionIsStaleToo() {
        UUID team = api.formTeam("Ahead " + UUID.randomUUID(), null, FORMED);
        long before = EventLog.size(jdbc);

        assertProblem(api.post("/api/teams/" + team + "/mission", body("mission", "From the future"), "If-Match", "\"5\""), 412);

        assertThat(EventLog.size(jdbc)).isEqualTo(before);
    }

    @Test
    void aStaleIfMatchOnAPersonIsRefused() {
        UUID team = api.formTeam("Stale person " + UUID.randomUUID(), null, FORMED);
        UUID person = api.hire("Sol Stale", team, null, FORMED);
        api.post("/api/people/" + person + "/title", body("title", "Senior")).expect(200);
        long before = EventLog.size(jdbc);

        assertProblem(api.post("/api/people/" + person + "/title", body("title", "Overwritten"), "If-Match", "\"0\""), 412);

        assertThat(EventLog.size(jdbc)).isEqualTo(before);
        assertThat(api.get("/api/people/" + person).expect(200).json().get("title").asString()).isEqualTo("Senior");
    }

    @Test
    void aStaleDissolveMovesNoMembers() {
        UUID top = api.formTeam("Stale dissolve top " + UUID.randomUUID(), null, FORMED);
        UUID team = api.formTeam("Stale dissolve " + UUID.randomUUID(), top, FORMED);
        UUID member = api.hire("Max Member", team, null, FORMED);
        api.post("/api/teams/" + team + "/mission", body("mission", "Changed meanwhile")).expect(200);
        long before = EventLog.size(jdbc);

        Api.Response stale = api.post("/api/teams/" + team + "/dissolve", body("moveMembersTo", top), "If-Match", "\"0\"");

        assertProblem(stale, 412);
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
        assertThat(api.get("/api/people/" + member).expect(200).json().get("teamId").asString()).isEqualTo(team.toString());
    }

    @Test
    void aStaleLeaveHandsOverNoReports() {
        UUID team = api.formTeam("Stale leave " + UUID.randomUUID(), null, FORMED);
        UUID leaver = api.hire("Lou Leaver", team, null, FORMED);
        UUID successor = api.hire("Suki Successor", team, null, FORMED);
        UUID report = api.hire("Ray Report", team, leaver, FORMED);
        api.post("/api/people/" + leaver + "/title", body("title", "Manager", "effectiveDate", "2024-02-01")).expect(200);
        long before = EventLog.size(jdbc);

        Api.Response stale = api.post("/api/people/" + leaver + "/leave", body("kind", "VOLUNTARY",
                "newManagerForReports", successor, "effectiveDate", "2024-06-01"), "If-Match", "\"0\"");

        assertProblem(stale, 412);
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
        assertThat(api.get("/api/people/" + report).expect(200).json().get("managerId").asString()).isEqualTo(leaver.toString());
        assertThat(api.get("/api/people/" + leaver).expect(200).json().get("status").asString()).isEqualTo("ACTIVE");
    }

    @ParameterizedTest(name = "If-Match: {0}")
    @ValueSource(strings = {"abc", "\"v1\"", "\"1.5\"", "\"\"\"", "1; DROP TABLE team"})
    void aMalformedIfMatchIsRefusedWith400(String ifMatch) {
        UUID team = api.formTeam("Malformed " + UUID.randomUUID(), null, FORMED);
        long before = EventLog.size(jdbc);

        Api.Response response = api.post("/api/teams/" + team + "/rename", body("name", "Never"), "If-Match", ifMatch);

        assertProblem(response, 400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString())).contains("If-Match");
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
    }

    @Test
    void aRetriedFormWithTheSameKeyGetsTheFirstAnswerAndRecordsOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> form = body("name", "Idempotent " + UUID.randomUUID(), "effectiveDate", "2024-01-01");
        long before = EventLog.size(jdbc);

        Api.Response first = api.post("/api/teams", form, "Idempotency-Key", key);
        Api.Response retry = api.post("/api/teams", form, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(first.status());
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(EventLog.size(jdbc)).isEqualTo(before + 1);
    }

    @Test
    void aRetriedHireWithTheSameKeyHiresOnce() {
        UUID team = api.formTeam("Idempotent hires " + UUID.randomUUID(), null, FORMED);
        String key = "hire-" + UUID.randomUUID();
        Map<String, Object> hire = body("name", "Ida Once", "email", "ida." + UUID.randomUUID() + "@example.com",
                "title", "Engineer", "teamId", team, "startDate", "2024-01-01");

        Api.Response first = api.post("/api/people", hire, "Idempotency-Key", key).expect(201);
        Api.Response retry = api.post("/api/people", hire, "Idempotency-Key", key).expect(201);

        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(api.get("/api/people?teamId=" + team).expect(200).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aRetriedChangeWithTheSameKeyDoesNotBumpTheVersion() {
        UUID team = api.formTeam("Idempotent change " + UUID.randomUUID(), null, FORMED);
        String key = UUID.randomUUID().toString();
        Map<String, Object> mission = body("mission", "Once only");
        long before = EventLog.size(jdbc);

        Api.Response first = api.post("/api/teams/" + team + "/mission", mission, "Idempotency-Key", key).expect(200);
        Api.Response retry = api.post("/api/teams/" + team + "/mission", mission, "Idempotency-Key", key).expect(200);

        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("ETag")).isEqualTo("\"1\"");
        assertThat(EventLog.size(jdbc)).isEqualTo(before + 1);
        assertThat(api.get("/api/teams/" + team).expect(200).json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422() {
        String key = UUID.randomUUID().toString();
        api.post("/api/teams", body("name", "Original " + UUID.randomUUID()), "Idempotency-Key", key).expect(201);
        long before = EventLog.size(jdbc);

        Api.Response other = api.post("/api/teams", body("name", "Different " + UUID.randomUUID()), "Idempotency-Key", key);

        assertProblem(other, 422);
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
    }

    @Test
    void theSameKeyOnAnotherPathIsIndependent() {
        String key = UUID.randomUUID().toString();
        UUID first = api.post("/api/teams", body("name", "Path one " + UUID.randomUUID()), "Idempotency-Key", key).expect(201).id();
        UUID second = api.formTeam("Path two " + UUID.randomUUID(), null, FORMED);
        long before = EventLog.size(jdbc);

        Map<String, Object> mission = body("mission", "Same body, other path");
        api.post("/api/teams/" + first + "/mission", mission, "Idempotency-Key", key).expect(200);
        api.post("/api/teams/" + second + "/mission", mission, "Idempotency-Key", key).expect(200);

        assertThat(EventLog.size(jdbc)).isEqualTo(before + 2);
        assertThat(api.get("/api/teams/" + first).expect(200).json().get("mission").asString()).isEqualTo("Same body, other path");
        assertThat(api.get("/api/teams/" + second).expect(200).json().get("mission").asString()).isEqualTo("Same body, other path");
    }

    @Test
    void aRefusedRequestIsReplayedAsRefused() {
        String key = UUID.randomUUID().toString();
        long before = EventLog.size(jdbc);

        Api.Response first = api.post("/api/teams", body("name", ""), "Idempotency-Key", key);
        Api.Response retry = api.post("/api/teams", body("name", ""), "Idempotency-Key", key);

        assertProblem(first, 400);
        assertProblem(retry, 400);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
    }

    @Test
    void anOverlongIdempotencyKeyIsRefused() {
        long before = EventLog.size(jdbc);

        Api.Response response = api.post("/api/teams", body("name", "Long key " + UUID.randomUUID()), "Idempotency-Key",
                "k".repeat(201));

        assertProblem(response, 400);
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
    }

    private static void assertProblem(Api.Response response, int status) {
        response.expectProblem(status);
    }

}
