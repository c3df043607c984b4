package io.cadre.pipeline.web;

import static io.cadre.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Succession plans and their coverage through the REST API (product.md §7.1, §7.5) on the real database: who may set a
 * plan (a director only in the subtree they lead), what a plan may name, and which critical roles lack a successor ready now.
 */
@IntegrationTest
@TestPropertySource(properties = "cadre.test.context=pipeline-rest")
class SuccessionApiTest {

    private static final LocalDate FORMED = LocalDate.of(2024, 1, 1);

    private static UUID platform;
    private static UUID payments;
    private static UUID search;
    private static UUID dana;
    private static UUID ann;
    private static UUID bob;
    private static UUID ben;
    private static UUID carl;
    private static UUID gone;
    private static String tag;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    private Api admin;

    @BeforeEach
    void formTheOrg() {
        admin = Api.asAdmin(port);
        if (platform != null) {
            return;
        }
        tag = UUID.randomUUID().toString().substring(0, 6);
        platform = admin.formTeam("Platform " + tag, null, FORMED);
        payments = admin.formTeam("Payments " + tag, platform, FORMED);
        search = admin.formTeam("Search " + tag, platform, FORMED);
        dana = admin.hire("Dana Director " + tag, payments, null, FORMED);
        ann = admin.hire("Ann Engineer " + tag, payments, null, FORMED);
        bob = admin.hire("Bob Engineer " + tag, payments, null, FORMED);
        ben = admin.hire("Ben Lead " + tag, search, null, FORMED);
        carl = admin.hire("Carl Engineer " + tag, search, null, FORMED);
        gone = admin.hire("Gus Gone " + tag, search, null, FORMED);
        admin.post("/api/teams/" + payments + "/lead", body("personId", dana, "effectiveDate", FORMED)).expect(200);
        admin.post("/api/teams/" + search + "/lead", body("personId", ben, "effectiveDate", FORMED)).expect(200);
        admin.post("/api/people/" + gone + "/leave", body("kind", "VOLUNTARY", "effectiveDate", FORMED.plusMonths(6))).expect(200);
        user("director-" + tag, "DIRECTOR", dana);
        user("unlinked-" + tag, "DIRECTOR", null);
        user("manager-" + tag, "MANAGER", dana);
    }

    private void user(String name, String role, UUID person) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("username", name);
        body.put("password", "Succession-plan-2027");
        body.put("roles", List.of(role));
        body.put("personId", person == null ? null : person.toString());
        admin.post("/api/users", body).expect(201);
    }

    private static Map<String, Object> plan(String risk, Object... successors) {
        List<Map<String, Object>> named = new java.util.ArrayList<>();
        for (int i = 0; i < successors.length; i += 2) {
            named.add(body("personId", successors[i], "readiness", successors[i + 1]));
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("risk", risk);
        body.put("successors", named);
        body.put("reason", "Quarterly talent review");
        return body;
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void aPlanIsSetWholeEachTimeAndKeepsWhoWhenAndWhy() {
        assertThat(admin.get("/api/people/" + bob + "/succession").expect(200).json().get("risk").isNull()).isTrue();

        Api.Response first = admin.put("/api/people/" + bob + "/succession", plan("HIGH", ann, "ONE_TO_TWO_YEARS", carl, "LATER"))
                .expect(200);
        assertThat(first.json().get("version").asLong()).isZero();
        JsonNode set = admin.get("/api/people/" + bob + "/succession").expect(200).json();
        assertThat(set.get("risk").asString()).isEqualTo("HIGH");
        assertThat(set.get("successors").valueStream().map(s -> s.get("name").asString()))
                .containsExactly("Ann Engineer " + tag, "Carl Engineer " + tag);
        assertThat(set.get("successors").get(0).get("readiness").asString()).isEqualTo("ONE_TO_TWO_YEARS");
        assertThat(set.get("actor").asString()).isEqualTo("admin");
        assertThat(set.get("reason").asString()).isEqualTo("Quarterly talent review");
        assertThat(set.get("effectiveDate").asString()).isEqualTo(LocalDate.now().toString());

        admin.put("/api/people/" + bob + "/succession", plan("LOW", carl, "READY_NOW"), "If-Match", "\"5\"").expectProblem(412);
        Api.Response second = admin.put("/api/people/" + bob + "/succession", plan("LOW", carl, "READY_NOW"), "If-Match", "\"0\"")
                .expect(200);
        assertThat(second.header("ETag")).isEqualTo("\"1\"");
        Map<String, Object> backDated = plan("MEDIUM");
        backDated.put("effectiveDate", LocalDate.now().minusDays(1).toString());
        assertThat(admin.put("/api/people/" + bob + "/succession", backDated).expectProblem(409).json().get("detail").asString())
                .contains("last set on");
        JsonNode replaced = admin.get("/api/people/" + bob + "/succession").expect(200).json();
        assertThat(replaced.get("risk").asString()).isEqualTo("LOW");
        assertThat(replaced.get("successors").valueStream().map(s -> s.get("personId").asString())).containsExactly(carl.toString());
    }

    @Test
    void badPlansAnswerAProblemAndRecordNothing() {
        long before = events();
        admin.put("/api/people/" + UUID.randomUUID() + "/succession", plan("HIGH")).expectProblem(404);
        admin.get("/api/people/" + UUID.randomUUID() + "/succession").expectProblem(404);
        assertThat(field(admin.put("/api/people/" + ann + "/succession", plan("HIGH", UUID.randomUUID(), "READY_NOW"))
                .expectProblem(400))).isEqualTo("successors[0].personId");
        assertThat(field(admin.put("/api/people/" + ann + "/succession", plan("HIGH", bob, "LATER", ann, "READY_NOW"))
                .expectProblem(400))).isEqualTo("successors[1].personId");
        assertThat(field(admin.put("/api/people/" + ann + "/succession", plan("HIGH", bob, "LATER", bob, "READY_NOW"))
                .expectProblem(400))).isEqualTo("successors[1].personId");
        assertThat(field(admin.put("/api/people/" + ann + "/succession", plan(null, bob, "LATER")).expectProblem(400)))
                .isEqualTo("risk");
        admin.put("/api/people/" + ann + "/succession", plan("EXTREME")).expectProblem(400);
        admin.put("/api/people/" + ann + "/succession", plan("HIGH", bob, "SOMEDAY")).expectProblem(400);
        admin.put("/api/people/" + ann + "/succession", "{\"risk\": \"HIGH\", \"successors\": [{\"personId\": null, \"readiness\": \"LATER\"}]}")
                .expectProblem(400);
        assertThat(admin.put("/api/people/" + ann + "/succession", plan("HIGH", gone, "READY_NOW")).expectProblem(409)
                .json().get("detail").asString()).contains("Gus Gone");
        admin.put("/api/people/" + gone + "/succession", plan("HIGH", bob, "READY_NOW")).expectProblem(409);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aDirectorPlansSuccessionOnlyInTheTeamsTheyLeadAndNobodyElseBelowHR() {
        long before = events();
        Api director = Api.as(port, "director-" + tag, "Succession-plan-2027");
        director.put("/api/people/" + carl + "/succession", plan("MEDIUM", ben, "LATER")).expectProblem(403);
        Api.as(port, "unlinked-" + tag, "Succession-plan-2027").put("/api/people/" + ann + "/succession", plan("MEDIUM"))
                .expectProblem(403);
        Api.as(port, "manager-" + tag, "Succession-plan-2027").put("/api/people/" + ann + "/succession", plan("MEDIUM"))
                .expectProblem(403);
        assertThat(events()).isEqualTo(before);

        director.put("/api/people/" + ann + "/succession", plan("MEDIUM", bob, "LATER")).expect(200);
        JsonNode set = director.get("/api/people/" + ann + "/succession").expect(200).json();
        // Ann does not report to the manager's person: her plan is outside the manager's scope (product.md §7.5).
        Api.as(port, "manager-" + tag, "Succession-plan-2027").get("/api/people/" + ann + "/succession").expectProblem(403);
        assertThat(set.get("actor").asString()).isEqualTo("director-" + tag);
    }

    @Test
    void coverageListsTheCriticalRolesWithoutASuccessorReadyNow() {
        admin.put("/api/people/" + ben + "/succession", plan("LOW", carl, "READY_NOW")).expect(200);
        admin.put("/api/people/" + carl + "/succession", plan("HIGH", ben, "ONE_TO_TWO_YEARS")).expect(200);
        JsonNode coverage = admin.get("/api/succession/coverage?teamId=" + platform).expect(200).json();
        List<String> uncovered = coverage.get("uncovered").valueStream().map(r -> r.get("personId").asString()).toList();
        assertThat(uncovered).contains(dana.toString(), carl.toString()).doesNotContain(ben.toString(), bob.toString());
        JsonNode danaRole = coverage.get("uncovered").valueStream().filter(r -> r.get("personId").asString().equals(dana.toString()))
                .findFirst().orElseThrow();
        assertThat(danaRole.get("leads").valueStream().map(JsonNode::asString)).containsExactly("Payments " + tag);
        JsonNode carlRole = coverage.get("uncovered").valueStream().filter(r -> r.get("personId").asString().equals(carl.toString()))
                .findFirst().orElseThrow();
        assertThat(carlRole.get("nearest").asString()).isEqualTo("ONE_TO_TWO_YEARS");
        assertThat(uncovered.indexOf(carl.toString())).as("higher risk first").isLessThan(uncovered.indexOf(dana.toString()));
        int critical = coverage.get("criticalRoles").asInt();
        int covered = coverage.get("covered").asInt();

        admin.put("/api/people/" + dana + "/succession", plan("MEDIUM", ann, "READY_NOW")).expect(200);
        JsonNode after = admin.get("/api/succession/coverage?teamId=" + platform).expect(200).json();
        assertThat(after.get("uncovered").valueStream().map(r -> r.get("personId").asString())).doesNotContain(dana.toString());
        assertThat(after.get("criticalRoles").asInt()).isEqualTo(critical);
        assertThat(after.get("covered").asInt()).isEqualTo(covered + 1);

        JsonNode searchOnly = admin.get("/api/succession/coverage?teamId=" + search).expect(200).json();
        assertThat(searchOnly.get("uncovered").valueStream().map(r -> r.get("teamId").asString())).containsOnly(search.toString());
        Api.Response csv = admin.get("/api/succession/coverage?teamId=" + search + "&format=csv").expect(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("personId,name,title,teamId,risk,leads,successors,nearest").contains(carl.toString());
        admin.get("/api/succession/coverage?teamId=" + UUID.randomUUID()).expectProblem(400);
        admin.get("/api/succession/coverage?format=xml").expectProblem(400);
    }

    private static String field(Api.Response problem) {
        return problem.json().get("errors").get(0).get("field").asString();
    }
}
