package io.cadre.org.web;

import static io.cadre.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.Api;
import io.cadre.support.EventLog;
import io.cadre.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/people/{id}/personal-data} (product.md §7.5): HR and ADMIN correct a name or an email; the event
 * says which fields changed, who, when and why, never the values, which only the personal-data store holds.
 */
@IntegrationTest
class PersonalDataCorrectionTest {

    private static final LocalDate START = LocalDate.of(2024, 2, 1);
    private static final String PASSWORD = "Correct-Horse-42";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Api admin;
    private UUID team;

    @BeforeEach
    void setUp() {
        admin = Api.asAdmin(port);
        team = admin.formTeam("Corrections " + UUID.randomUUID(), null, START);
    }

    @Test
    void hrCorrectsANameAndAnEmailAndTheEventHoldsNeitherValue() {
        UUID person = admin.hire("Wrongly Spelt " + tag(), team, null, START);
        Api hr = user("HR");
        String name = "Rightly Spelt " + UUID.randomUUID();
        String email = "rightly." + UUID.randomUUID() + "@example.com";
        long before = admin.get("/api/people/" + person).expect(200).json().get("version").asLong();

        Api.Response corrected = hr.post("/api/people/" + person + "/personal-data",
                body("name", name, "email", email, "reason", "Typo in the HRIS record")).expect(200);

        assertThat(corrected.json().get("version").asLong()).isEqualTo(before + 1);
        JsonNode read = admin.get("/api/people/" + person).expect(200).json();
        assertThat(read.get("name").asString()).isEqualTo(name);
        assertThat(read.get("email").asString()).isEqualTo(email);
        assertThat(read.get("version").asLong()).isEqualTo(before + 1);

        Map<String, Object> event = jdbc.queryForMap("select payload_type, payload, meta_data from domain_event_entry"
                + " where aggregate_identifier = ? order by sequence_number desc limit 1", person.toString());
        assertThat(event.get("payload_type")).isEqualTo("io.cadre.org.api.PersonalDataCorrected");
        String payload = new String((byte[]) event.get("payload"), StandardCharsets.UTF_8);
        String metaData = new String((byte[]) event.get("meta_data"), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"name\"", "\"email\"").doesNotContain(name, email, "Rightly");
        assertThat(metaData).contains("Typo in the HRIS record").doesNotContain(name, email);

        JsonNode history = admin.get("/api/people/" + person + "/history").expect(200).json();
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("type").asString()).isEqualTo("PersonalDataCorrected");
        assertThat(last.get("reason").asString()).isEqualTo("Typo in the HRIS record");
        assertThat(last.toString()).doesNotContain(name, email);
    }

    @Test
    void onlyTheFieldGivenChangesAndTheDirectoryFindsTheNewName() {
        UUID person = admin.hire("Kept Email " + tag(), team, null, START);
        String email = admin.get("/api/people/" + person).json().get("email").asString();
        String name = "Renamed " + UUID.randomUUID();

        admin.post("/api/people/" + person + "/personal-data", body("name", name)).expect(200);

        JsonNode read = admin.get("/api/people/" + person).expect(200).json();
        assertThat(read.get("name").asString()).isEqualTo(name);
        assertThat(read.get("email").asString()).isEqualTo(email);
        JsonNode found = admin.get("/api/people?q=" + name.substring(8)).expect(200).json();
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("name").asString()).isEqualTo(name);
        assertThat(admin.get("/api/org-chart").expect(200).json().get("people").toString()).contains(name);
    }

    @Test
    void badInputAnswers400AndRecordsNothing() {
        UUID person = admin.hire("Bad Input " + tag(), team, null, START);
        long events = EventLog.size(jdbc);
        String path = "/api/people/" + person + "/personal-data";

        admin.post(path, Map.of()).expectProblem(400);
        admin.post(path, body("name", "  ")).expectProblem(400);
        admin.post(path, body("email", "not an address")).expectProblem(400);
        admin.post(path, body("name", "x".repeat(201))).expectProblem(400);
        String current = admin.get("/api/people/" + person).json().get("name").asString();
        admin.post(path, body("name", current)).expectProblem(400);

        assertThat(EventLog.size(jdbc)).isEqualTo(events);
        assertThat(admin.get("/api/people/" + person).json().get("name").asString()).isEqualTo(current);
    }

    @Test
    void anEmailOfAnotherPersonIsAConflictThatDoesNotRepeatTheEmail() {
        UUID person = admin.hire("Clash " + tag(), team, null, START);
        UUID other = admin.hire("Other " + tag(), team, null, START);
        String taken = admin.get("/api/people/" + other).json().get("email").asString();
        long events = EventLog.size(jdbc);

        Api.Response clash = admin.post("/api/people/" + person + "/personal-data", body("email", taken.toUpperCase()));

        clash.expectProblem(409);
        assertThat(clash.body()).doesNotContainIgnoringCase(taken);
        assertThat(EventLog.size(jdbc)).isEqualTo(events);
    }

    @Test
    void anUnknownPersonIs404() {
        admin.post("/api/people/" + UUID.randomUUID() + "/personal-data", body("name", "Nobody")).expectProblem(404);
        admin.post("/api/people/" + team + "/personal-data", body("name", "A team")).expectProblem(404);
    }

    @Test
    void rolesOtherThanHrAndAdminAre403() {
        UUID person = admin.hire("Guarded " + tag(), team, null, START);
        List<Api> others = List.of(user("DIRECTOR"), user("MANAGER"), user("EMPLOYEE"));
        long events = EventLog.size(jdbc);
        for (Api other : others) {
            other.post("/api/people/" + person + "/personal-data", body("name", "Not Them")).expectProblem(403);
        }
        assertThat(EventLog.size(jdbc)).isEqualTo(events);
    }

    @Test
    void aStaleIfMatchIs412() {
        UUID person = admin.hire("Stale " + tag(), team, null, START);
        admin.post("/api/people/" + person + "/title", body("title", "Lead")).expect(200);

        admin.post("/api/people/" + person + "/personal-data", body("name", "Too Late"), "If-Match", "\"0\"").expectProblem(412);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Api user(String role) {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/users", Map.of("username", username, "password", PASSWORD, "roles", List.of(role))).expect(201);
        return Api.as(port, username, PASSWORD);
    }
}
