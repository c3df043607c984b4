package io.cadre.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cadre.access.service.ApiTokens;
import io.cadre.access.service.UserAccounts;
import io.cadre.shared.Role;
import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in hardening through real HTTP and the real database: wrong passwords slow an account down and then lock
 * it, each failure and each change of roles is an event in the log, weak passwords are refused, a person who
 * has left loses access, and both doors send the security headers.
 */
@IntegrationTest
class SignInHardeningTest {

    private static final String PASSWORD = "Right-password-1";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void wrongPasswordsInARowSlowTheAccountDownUntilTheLockEnds() {
        String user = newUser(null);
        for (int i = 0; i < 3; i++) {
            assertThat(Api.as(port, user, "wrong-password-" + i).get("/api/org-chart").status()).isEqualTo(401);
        }
        assertThat(failures(user)).as("each failure counted once").isEqualTo(3);
        assertThat(Api.as(port, user, PASSWORD).get("/api/org-chart").status())
                .as("the right password while the account is locked").isEqualTo(401);
        assertThat(failures(user)).as("a refusal while locked is no new failure").isEqualTo(3);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> Api.as(port, user, PASSWORD).get("/api/org-chart").status() == 200);
        assertThat(failures(user)).as("a successful sign-in starts the count again").isZero();
    }

    @Test
    void theTenthFailureLocksTheAccountForAQuarterOfAnHourAndIsRecorded() {
        String user = newUser(null);
        // Nine failures as if they had happened (waiting out the doubling delays would take minutes); the tenth is real.
        jdbc.update("update app_user set failed_sign_ins = 9 where username = ?", user);
        assertThat(Api.as(port, user, "still-wrong-1").get("/api/org-chart").status()).isEqualTo(401);

        Instant lockedUntil = jdbc.queryForObject("select locked_until from app_user where username = ?",
                java.sql.Timestamp.class, user).toInstant();
        assertThat(lockedUntil).isCloseTo(Instant.now().plus(15, ChronoUnit.MINUTES), within(Duration.ofMinutes(1)));
        assertThat(Api.as(port, user, PASSWORD).get("/api/org-chart").status()).isEqualTo(401);

        List<Map<String, Object>> recorded = events("SignInFailed", user);
        assertThat(recorded).hasSize(1);
        assertThat((String) recorded.getFirst().get("payload")).contains("\"failures\":10").contains("lockedUntil");
        assertThat((String) recorded.getFirst().get("meta")).contains("\"actor\":\"" + user + "\"");
    }

    @Test
    void anAdministratorCanLiftALockAndTheUnlockIsRecorded() {
        String user = newUser(null);
        jdbc.update("update app_user set failed_sign_ins = 9 where username = ?", user);
        assertThat(Api.as(port, user, "still-wrong-2").get("/api/org-chart").status()).isEqualTo(401);
        Api admin = Api.asAdmin(port);
        assertThat(admin.get("/api/users").json().findValues("lockedUntil").stream()
                .filter(v -> !v.isNull()).count()).as("the Users list shows the lock").isPositive();

        assertThat(admin.post("/api/users/" + user + "/unlock", Map.of()).expect(200).json().get("unlocked").asBoolean()).isTrue();
        assertThat(Api.as(port, user, PASSWORD).get("/api/org-chart").status()).isEqualTo(200);
        assertThat(events("AccountUnlocked", user)).singleElement()
                .satisfies(e -> assertThat((String) e.get("meta")).contains("\"actor\":\"admin\""));

        assertThat(admin.post("/api/users/" + user + "/unlock", Map.of()).expect(200).json().get("unlocked").asBoolean())
                .as("an account that is not locked").isFalse();
        admin.post("/api/users/nobody-" + UUID.randomUUID() + "/unlock", Map.of()).expectProblem(404);
        assertThat(Api.as(port, user, PASSWORD).post("/api/users/" + user + "/unlock", Map.of()).status())
                .as("only administrators unlock").isEqualTo(403);
    }

    @Test
    void aNameThatIsNoAccountLocksNothingAndRecordsNothing() {
        String nobody = "nobody-" + UUID.randomUUID();
        assertThat(Api.as(port, nobody, "whatever-1").get("/api/org-chart").status()).isEqualTo(401);
        assertThat(events("SignInFailed", nobody)).isEmpty();
    }

    @Test
    void weakPasswordsAreRefusedAndCreateNoUser() {
        Api admin = Api.asAdmin(port);
        for (String weak : List.of("short-1", "onlylowercaseletters", "Password123")) {
            String username = "weak-" + UUID.randomUUID().toString().substring(0, 8);
            String body = admin.post("/api/users", Map.of("username", username, "password", weak, "roles", List.of("EMPLOYEE")))
                    .expectProblem(400).body();
            assertThat(body).as(weak).contains("password");
            assertThat(users.exists(username)).isFalse();
        }
    }

    @Test
    void creatingAUserAndChangingItsRolesAreRecordedWithTheAdministrator() {
        String username = "roles-" + UUID.randomUUID().toString().substring(0, 8);
        Api admin = Api.asAdmin(port);
        admin.post("/api/users", Map.of("username", username, "password", PASSWORD, "roles", List.of("EMPLOYEE"))).expect(201);
        admin.post("/api/users/" + username + "/roles", Map.of("roles", List.of("HR"))).expect(200);

        assertThat(events("UserCreated", username)).singleElement()
                .satisfies(e -> assertThat((String) e.get("meta")).contains("\"actor\":\"admin\""));
        assertThat(events("UserRolesChanged", username)).singleElement().satisfies(e -> {
            assertThat((String) e.get("payload")).contains("\"from\":[\"EMPLOYEE\"]").contains("\"to\":[\"HR\"]");
            assertThat((String) e.get("meta")).contains("\"actor\":\"admin\"");
        });
    }

    @Test
    void aUserWhosePersonHasLeftLosesAccessFromTheLeavingDate() {
        Api admin = Api.asAdmin(port);
        LocalDate start = LocalDate.now().minusYears(1);
        UUID team = admin.formTeam("Leavers " + UUID.randomUUID(), null, start);
        UUID person = admin.hire("Lea Leaving", team, null, start);
        String user = newUser(person);
        Api token = Api.bearer(port, tokens.issue(user, "leaving"));
        assertThat(Api.as(port, user, PASSWORD).get("/api/org-chart").status()).isEqualTo(200);
        assertThat(token.get("/api/org-chart").status()).isEqualTo(200);

        admin.post("/api/people/" + person + "/leave", Map.of("kind", "VOLUNTARY", "effectiveDate", LocalDate.now().plusDays(1).toString(),
                "reason", "Moves abroad")).expect(200);
        assertThat(Api.as(port, user, PASSWORD).get("/api/org-chart").status()).as("before the leaving date").isEqualTo(200);

        UUID other = admin.hire("Lou Leaving", team, null, start);
        String leaver = newUser(other);
        admin.post("/api/people/" + other + "/leave", Map.of("kind", "VOLUNTARY", "effectiveDate", LocalDate.now().toString(),
                "reason", "Last day")).expect(200);
        assertThat(Api.as(port, leaver, PASSWORD).get("/api/org-chart").status()).as("on the leaving date").isEqualTo(401);
        assertThat(Api.bearer(port, tokens.issue(leaver, "leaving")).get("/api/org-chart").status()).isEqualTo(401);
    }

    @Test
    void bothDoorsSendTheSecurityHeaders() {
        Api.Response api = Api.asAdmin(port).get("/api/org-chart").expect(200);
        assertThat(api.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(api.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(api.header("Permissions-Policy")).contains("camera=()");

        Api.Response site = Api.anonymous(port).get("/actuator/health");
        assertThat(site.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(site.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(site.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    private String newUser(UUID person) {
        String username = "guard-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(users.create(username, PASSWORD, Set.of(Role.EMPLOYEE), person)).isTrue();
        return username;
    }

    private Integer failures(String username) {
        return jdbc.queryForObject("select failed_sign_ins from app_user where username = ?", Integer.class, username);
    }

    private List<Map<String, Object>> events(String type, String username) {
        return jdbc.queryForList("select convert_from(payload, 'UTF8') as payload, convert_from(meta_data, 'UTF8') as meta"
                        + " from domain_event_entry where payload_type = ? and convert_from(payload, 'UTF8') like ?",
                "io.cadre.access.api." + type, "%\"username\":\"" + username + "\"%");
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration duration) {
        return new org.assertj.core.data.TemporalUnitWithinOffset(duration.toSeconds(), ChronoUnit.SECONDS);
    }
}
