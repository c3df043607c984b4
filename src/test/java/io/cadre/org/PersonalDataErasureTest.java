package io.cadre.org;

import static io.cadre.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cadre.ladder.Ladders;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.platform.consistency.ReadModelBarrier;
import io.cadre.platform.projection.ReadModels;
import io.cadre.platform.replay.ProjectionRebuild;
import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Erasure on request (product.md §7.5), through the real database: a person touched by an import, the audit timeline,
 * a correction and a stored idempotent answer is erased, and then no text column of any table (the event store's
 * payloads and metadata included) nor the log holds their name, their former name or their email; they read as
 * "Erased person", and a rebuild of the read models does not bring the name back.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataErasureTest {

    private static final LocalDate START = LocalDate.of(2024, 5, 6);
    private static final String ERASED = "Erased person";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReadModelBarrier barrier;
    @Autowired
    ProjectionRebuild rebuild;

    @Test
    void anErasedPersonLeavesNoCopyOfTheirNameOrEmailAnywhereCadreWrites(CapturedOutput output) {
        Api admin = Api.asAdmin(port);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String firstName = "Xandrielle Quorvath-" + tag;
        String name = "Xandrielle Zyphonique-" + tag;
        String local = "xq.zyph" + tag;
        String email = local + "@erasure.example";
        String teamName = "Erasure " + tag;
        UUID team = admin.formTeam(teamName, null, START.minusYears(1));

        // An import hires the person: its report says how it completed their email.
        String csv = "employeeNumber,name,email,title,team,startDate\n"
                + "ER-" + tag + "," + firstName + "," + local + ",Engineer," + teamName + "," + START + "\n";
        String importId = admin.postRaw("/api/imports/people?emailDomain=erasure.example", "text/csv", csv)
                .expect(202).json().get("id").asString();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !admin.get("/api/imports/" + importId).json().get("status").asString().matches("QUEUED|RUNNING"));
        assertThat(admin.get("/api/imports/" + importId).body()).contains(email);
        UUID person = UUID.fromString(admin.get("/api/people?q=ER-" + tag).json().get("items").get(0).get("id").asString());

        // A correction: the timeline then knows the person by two names.
        admin.post("/api/people/" + person + "/personal-data", body("name", name, "reason", "Spelling")).expect(200);
        // Changes that name the person in other people's and teams' entries.
        admin.post("/api/teams/" + team + "/lead", body("personId", person)).expect(200);
        UUID report = admin.hire("Rory Report " + tag, team, person, START.plusMonths(1));
        // A refused hire under the person before they start, sent with an Idempotency-Key: its kept answer names them.
        Api.Response refused = admin.post("/api/people", Map.of("name", "Early " + tag, "email", "early." + tag + "@example.com",
                "title", "Engineer", "teamId", team.toString(), "managerId", person.toString(), "startDate", START.minusDays(3).toString()),
                "Idempotency-Key", "erasure-" + tag);
        assertThat(refused.status()).isBetween(400, 499);
        admin.post("/api/people/" + report + "/title", body("title", "Senior Engineer"), "Idempotency-Key", "title-" + tag).expect(200);
        awaitAudit();
        assertThat(occurrences(name)).as("the name is copied before the erasure").isNotEmpty();
        assertThat(admin.get("/api/audit?personId=" + person).body()).contains(name, firstName);

        Api.Response erased = admin.post("/api/people/" + person + "/erase", body("reason", "Erasure request #" + tag));

        erased.expect(200);
        awaitAudit();
        List<String> values = List.of(name, firstName, email, local, "Zyphonique", "Quorvath");
        for (String value : values) {
            assertThat(occurrences(value)).as("columns holding %s", value).isEmpty();
            assertThat(output.getAll()).as("the log").doesNotContain(value);
        }
        JsonNode read = admin.get("/api/people/" + person).expect(200).json();
        assertThat(read.get("name").asString()).isEqualTo(ERASED);
        assertThat(read.get("email").isNull()).isTrue();
        assertThat(admin.get("/api/org-chart?asOf=" + START.plusMonths(2)).body()).contains(ERASED).doesNotContain("Zyphonique");
        assertThat(admin.get("/api/org-chart/export?format=csv&asOf=" + START.plusMonths(2)).body()).contains(ERASED);
        assertThat(admin.get("/api/people?teamId=" + team + "&asOf=" + START.plusMonths(2)).body()).contains(ERASED);
        JsonNode audit = admin.get("/api/audit?personId=" + person).expect(200).json();
        assertThat(audit.toString()).contains(ERASED).doesNotContain("Zyphonique", "Quorvath");
        assertThat(audit.get("total").asInt()).as("the timeline keeps every entry").isGreaterThanOrEqualTo(5);
        JsonNode history = admin.get("/api/people/" + person + "/history").expect(200).json();
        assertThat(history.get(history.size() - 1).get("type").asString()).isEqualTo("PersonalDataErased");
        assertThat(admin.get("/api/imports/" + importId).json().get("adjustments").size()).isEqualTo(1);

        admin.post("/api/people/" + person + "/erase", body("reason", "Again")).expectProblem(409);
        admin.post("/api/people/" + person + "/personal-data", body("name", "Back Again")).expectProblem(409);

        rebuild.rebuild(ReadModels.PROCESSOR, Duration.ofMinutes(2));
        rebuild.rebuild("audit", Duration.ofMinutes(2));
        assertThat(admin.get("/api/people/" + person).json().get("name").asString()).isEqualTo(ERASED);
        assertThat(admin.get("/api/audit?personId=" + person).body()).contains(ERASED).doesNotContain("Zyphonique", "Quorvath");
        for (String value : values) {
            assertThat(occurrences(value)).as("columns holding %s after a rebuild", value).isEmpty();
        }
    }

    @Test
    void aPersonHiredFromThePipelineLosesTheContactOfTheirCandidacyToo() {
        Api admin = Api.asAdmin(port);
        String code = "erase" + UUID.randomUUID().toString().substring(0, 6);
        String name = "Ombreline Vasquoire-" + code;
        String email = "ombreline." + code + "@erasure.example";
        admin.postRaw("/api/ladders/import?publish=true&reason=Adopt", "application/json",
                LadderFormat.write(Ladders.small(code), LadderFormat.Syntax.JSON)).expect(201);
        UUID team = admin.formTeam("Hiring " + code, null, START);
        UUID position = admin.post("/api/positions", body("teamId", team, "level", code + "/senior", "title", "Senior Engineer",
                "effectiveDate", START.plusDays(1))).expect(201).id();
        admin.post("/api/positions/" + position + "/approve", body("reason", "Budgeted")).expect(200);
        UUID candidate = admin.post("/api/positions/" + position + "/candidates", body("name", name, "email", email))
                .expect(201).id();
        admin.post("/api/candidates/" + candidate + "/stage", body("stage", "OFFER")).expect(200);
        admin.post("/api/candidates/" + candidate + "/stage", body("stage", "ACCEPTED", "startDate", START.plusMonths(2))).expect(200);
        String person = await().atMost(Duration.ofSeconds(30)).until(
                () -> admin.get("/api/candidates/" + candidate).json().get("personId"), id -> id != null && !id.isNull()).asString();
        assertThat(admin.get("/api/people/" + person).json().get("name").asString()).isEqualTo(name);

        admin.post("/api/people/" + person + "/erase", body("reason", "Erasure request " + code)).expect(200);
        awaitAudit();

        assertThat(admin.get("/api/people/" + person).json().get("name").asString()).isEqualTo(ERASED);
        assertThat(admin.get("/api/candidates/" + candidate).expect(200).body()).doesNotContain(name, email);
        for (String value : List.of(name, email, "Vasquoire")) {
            assertThat(occurrences(value)).as("columns holding %s", value).isEmpty();
        }
    }

    @Test
    void erasureNeedsAReasonAndHrOrAdmin() {
        Api admin = Api.asAdmin(port);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID team = admin.formTeam("Erasure rules " + tag, null, START);
        UUID person = admin.hire("Kept " + tag, team, null, START);
        String username = "director-" + tag;
        admin.post("/api/users", Map.of("username", username, "password", "Erase-Not-42x", "roles", List.of("DIRECTOR"))).expect(201);

        admin.post("/api/people/" + person + "/erase", Map.of()).expectProblem(400);
        Api.as(port, username, "Erase-Not-42x").post("/api/people/" + person + "/erase", body("reason", "No")).expectProblem(403);
        admin.post("/api/people/" + UUID.randomUUID() + "/erase", body("reason", "Nobody")).expectProblem(404);

        assertThat(admin.get("/api/people/" + person).json().get("name").asString()).isEqualTo("Kept " + tag);
    }

    /** Waits until the audit timeline, which no command waits for, has handled every event stored so far. */
    private void awaitAudit() {
        Long last = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        assertThat(barrier.awaitPosition(List.of("audit", ReadModels.PROCESSOR), last, Duration.ofSeconds(30))).isTrue();
    }

    /** Every text, JSON or binary column of every table of Cadre's schema holding the value, ignoring case, as table.column. */
    private List<String> occurrences(String value) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_schema, table_name, column_name, data_type from information_schema.columns
                where table_schema not in ('pg_catalog', 'information_schema')
                  and data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'bytea', 'ARRAY', 'USER-DEFINED')
                  and table_name in (select table_name from information_schema.tables where table_type = 'BASE TABLE')
                """);
        assertThat(columns).extracting(c -> c.get("table_name")).contains("person_data", "audit_entry", "import_job",
                "idempotent_request", "domain_event_entry", "history_entry");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
            String name = "\"" + column.get("column_name") + "\"";
            // Binary columns (the events' payloads and metadata, kept answers) are searched for the value's bytes as written.
            Long count = "bytea".equals(column.get("data_type"))
                    ? jdbc.queryForObject("select count(*) from " + table + " where position(convert_to(?, 'UTF8') in " + name + ") > 0",
                            Long.class, value)
                    : jdbc.queryForObject("select count(*) from " + table + " where strpos(lower(" + name + "::text), lower(?)) > 0",
                            Long.class, value);
            if (count != null && count > 0) {
                found.add(column.get("table_name") + "." + column.get("column_name"));
            }
        }
        return found;
    }
}
