package io.cadre.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The database goes away under a running Cadre: API calls answer 503 problem+json with Retry-After (never a
 * redirect to the sign-in page or a 500), and health says DOWN without waiting out a 30 s pool timeout. A context
 * of its own, since its database does not come back.
 */
@IntegrationTest
@TestPropertySource(properties = "cadre.test.context=database-outage")
@DirtiesContext
class DatabaseOutageTest {

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void callsAnswer503AndHealthSaysDownWhileTheDatabaseIsAway() throws Exception {
        Api admin = Api.asAdmin(port);
        admin.get("/api/people?size=1").expect(200);

        postgres.close();

        for (Api.Response response : new Api.Response[] {
                admin.get("/api/people?size=1"),
                admin.post("/api/teams", Map.of("name", "Formed during the outage")),
                Api.as(port, "hr-" + System.nanoTime(), "some-password-1").get("/api/teams")}) {
            response.expectProblem(503);
            assertThat(response.header("Retry-After")).isEqualTo("5");
            assertThat(response.json().get("title").asString()).isEqualTo("Database unavailable");
        }
        Api.Response health = Api.anonymous(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().get("status").asString()).isEqualTo("DOWN");
    }
}
