package io.cadre.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.planning.api.Period;
import io.cadre.shared.Role;
import io.cadre.access.service.UserAccounts;
import io.cadre.support.Api;
import io.cadre.support.EventLog;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The objectives' REST contract (product.md §7.2) over real HTTP: answers, errors as problem+json, If-Match, read-your-writes. */
@IntegrationTest
class ObjectiveApiTest {

    /**
     * The application context and its database are shared with other tests, whose views list the teams by name: the
     * top team of these tests sorts after theirs, so as not to push theirs out of sight.
     */
    private static final String DEPARTMENT = "Zeta Product ";

    private static final LocalDate TODAY = LocalDate.now();
    private static final String NEXT = Period.quarterOf(TODAY).next().toString();

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;

    private Api admin;
    private UUID department;
    private UUID checkout;
    private UUID payments;
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void setUp() {
        admin = Api.asAdmin(port);
        department = admin.formTeam(DEPARTMENT + suffix, null, TODAY.minusYears(1));
        checkout = admin.formTeam("Checkout " + suffix, department, TODAY.minusYears(1));
        payments = admin.formTeam("Payments " + suffix, department, TODAY.minusYears(1));
    }

    private static Map<String, Object> keyResult(String title, Object start, Object target) {
        Map<String, Object> kr = new LinkedHashMap<>();
        kr.put("title", title);
        kr.put("unit", "%");
        kr.put("start", start);
        kr.put("target", target);
        return kr;
    }

    private Map<String, Object> objective(UUID team, String period, UUID parent, Object... keyResults) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("teamId", team);
        body.put("period", period);
        body.put("title", "Make checkout faster " + suffix);
        body.put("parentId", parent);
        body.put("keyResults", List.of(keyResults));
        body.put("reason", "Next quarter's plan");
        return body;
    }

    private UUID write(UUID team, String period, UUID parent) {
        return admin.post("/api/objectives", objective(team, period, parent, keyResult("Conversion", 40, 60))).expect(201).id();
    }

    @Test
    void aDirectorWritesAnObjectiveCommitsItAndChecksIn() {
        String director = "director-" + suffix;
        // The director leads the department: a director writes the objectives of the teams in their subtree.
        UUID lead = admin.hire("Dana Director " + suffix, department, null, TODAY.minusYears(1));
        admin.post("/api/teams/" + department + "/lead", Map.of("personId", lead.toString(), "effectiveDate",
                TODAY.minusYears(1).toString())).expect(200);
        users.create(director, "password-" + suffix, Set.of(Role.DIRECTOR), lead);
        Api api = Api.as(port, director, "password-" + suffix);

        Api.Response created = api.post("/api/objectives", objective(checkout, NEXT, null, keyResult("Conversion", 40, 60),
                keyResult("p95 latency", 800, 300))).expect(201);
        UUID id = created.id();
        assertThat(created.header("Location")).isEqualTo("/api/objectives/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        Api.Response read = api.get("/api/objectives/" + id).expect(200);
        JsonNode objective = read.json();
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(objective.get("teamId").asString()).isEqualTo(checkout.toString());
        assertThat(objective.get("period").asString()).isEqualTo(NEXT);
        assertThat(objective.get("status").asString()).isEqualTo("DRAFT");
        assertThat(objective.get("progress").asDouble()).isZero();
        assertThat(objective.get("keyResults")).hasSize(2);
        JsonNode kr = objective.get("keyResults").get(0);
        assertThat(kr.get("title").asString()).isEqualTo("Conversion");
        assertThat(kr.get("unit").asString()).isEqualTo("%");
        assertThat(kr.get("start").asInt()).isEqualTo(40);
        assertThat(kr.get("target").asInt()).isEqualTo(60);
        assertThat(kr.get("current").asInt()).isEqualTo(40);
        String krId = kr.get("id").asString();

        api.post("/api/objectives/" + id + "/status", Map.of("status", "COMMITTED")).expect(200);
        Api.Response checkedIn = api.post("/api/objectives/" + id + "/key-results/" + krId + "/check-ins",
                Map.of("value", 50, "confidence", "AT_RISK", "note", "Halfway")).expect(200);
        assertThat(checkedIn.header("ETag")).isEqualTo("\"2\"");

        // Read-your-writes: the answer came once the read model held the check-in.
        JsonNode after = api.get("/api/objectives/" + id).expect(200).json();
        assertThat(after.get("status").asString()).isEqualTo("COMMITTED");
        JsonNode checked = after.get("keyResults").get(0);
        assertThat(checked.get("current").asInt()).isEqualTo(50);
        assertThat(checked.get("progress").asDouble()).isEqualTo(0.5);
        assertThat(checked.get("confidence").asString()).isEqualTo("AT_RISK");
        assertThat(checked.get("checkIns").get(0).get("note").asString()).isEqualTo("Halfway");
        assertThat(checked.get("checkIns").get(0).get("actor").asString()).isEqualTo(director);
        assertThat(after.get("progress").asDouble()).isEqualTo(0.25);

        JsonNode history = api.get("/api/objectives/" + id + "/history").expect(200).json();
        assertThat(history).hasSize(5);
        assertThat(history.get(0).get("actor").asString()).isEqualTo(director);
        assertThat(history.get(0).get("reason").asString()).isEqualTo("Next quarter's plan");
    }

    @Test
    void aCommittedKeyResultIsRetargetedOnlyWithAReasonWhichIsKept() {
        UUID id = write(checkout, NEXT, null);
        String krId = admin.get("/api/objectives/" + id).json().get("keyResults").get(0).get("id").asString();
        admin.post("/api/objectives/" + id + "/status", Map.of("status", "COMMITTED")).expect(200);

        Map<String, Object> retarget = keyResult("Conversion", 40, 50);
        Api.Response refused = admin.post("/api/objectives/" + id + "/key-results/" + krId, retarget).expectProblem(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        retarget.put("reason", "The market shrank");
        admin.post("/api/objectives/" + id + "/key-results/" + krId, retarget).expect(200);
        assertThat(admin.get("/api/objectives/" + id).json().get("keyResults").get(0).get("target").asInt()).isEqualTo(50);
        JsonNode last = admin.get("/api/objectives/" + id + "/history").json().get(3);
        assertThat(last.get("type").asString()).isEqualTo("KeyResultRevised");
        assertThat(last.get("reason").asString()).isEqualTo("The market shrank");

        Map<String, Object> added = keyResult("Errors", 5, 1);
        added.put("reason", "Errors cost conversions");
        JsonNode answer = admin.post("/api/objectives/" + id + "/key-results", added).expect(200).json();
        assertThat(admin.get("/api/objectives/" + id).json().get("keyResults").get(1).get("id").asString())
                .isEqualTo(answer.get("keyResultId").asString());
    }

    @Test
    void invalidInputIsRefusedWithTheFieldsAndRecordsNothing() {
        long before = EventLog.size(jdbc);
        Map<String, Object> badPeriod = objective(checkout, "2027-Q5", null);
        assertThat(admin.post("/api/objectives", badPeriod).expectProblem(400).body()).contains("period");
        Map<String, Object> noTitle = objective(checkout, NEXT, null);
        noTitle.put("title", " ");
        assertThat(admin.post("/api/objectives", noTitle).expectProblem(400).body()).contains("title");
        assertThat(admin.post("/api/objectives", objective(UUID.randomUUID(), NEXT, null)).expectProblem(400)
                .json().get("errors").get(0).get("field").asString()).isEqualTo("teamId");
        assertThat(admin.post("/api/objectives", objective(checkout, NEXT, null, keyResult("Flat", 3, 3))).expectProblem(400).body())
                .contains("keyResults[0].target");
        assertThat(admin.post("/api/objectives", objective(checkout, NEXT, null, keyResult(null, 3, 4))).expectProblem(400).body())
                .contains("keyResults[0].title");
        assertThat(admin.post("/api/objectives", objective(checkout, NEXT, null, keyResult("Text", "many", 4))).expectProblem(400).body())
                .contains("keyResults[0].start");
        assertThat(admin.post("/api/objectives", "{\"teamId\":").expectProblem(400).status()).isEqualTo(400);
        assertThat(admin.get("/api/objectives?period=next").expectProblem(400).body()).contains("period");
        assertThat(admin.get("/api/objectives?size=500").expectProblem(400).body()).contains("size");
        assertThat(EventLog.size(jdbc)).isEqualTo(before);

        UUID id = write(checkout, NEXT, null);
        String krId = admin.get("/api/objectives/" + id).json().get("keyResults").get(0).get("id").asString();
        admin.post("/api/objectives/" + id + "/status", Map.of("status", "COMMITTED")).expect(200);
        assertThat(admin.post("/api/objectives/" + id + "/key-results/" + krId + "/check-ins", Map.of("value", 1, "confidence", "SURE"))
                .expectProblem(400).body()).contains("confidence");
        assertThat(admin.post("/api/objectives/" + id + "/key-results/" + krId + "/check-ins",
                Map.of("value", 1, "confidence", "ON_TRACK", "date", TODAY.plusDays(3).toString())).expectProblem(400).body())
                .contains("date");
        assertThat(admin.post("/api/objectives/" + id + "/status", Map.of("status", "DONE")).expectProblem(400).body()).contains("status");
    }

    @Test
    void unknownIdsInThePathAreNotFound() {
        UUID id = write(checkout, NEXT, null);
        admin.get("/api/objectives/" + UUID.randomUUID()).expectProblem(404);
        admin.get("/api/objectives/" + UUID.randomUUID() + "/history").expectProblem(404);
        admin.get("/api/objectives/not-an-id").expectProblem(404);
        admin.post("/api/objectives/" + UUID.randomUUID() + "/status", Map.of("status", "COMMITTED")).expectProblem(404);
        admin.post("/api/objectives/" + checkout + "/status", Map.of("status", "COMMITTED")).expectProblem(404);
        admin.post("/api/objectives/" + id + "/key-results/" + UUID.randomUUID(), keyResult("X", 1, 2)).expectProblem(404);
    }

    @Test
    void whatTheRulesForbidIsAConflict() {
        UUID empty = admin.post("/api/objectives", objective(checkout, NEXT, null)).expect(201).id();
        assertThat(admin.post("/api/objectives/" + empty + "/status", Map.of("status", "COMMITTED")).expectProblem(409).body())
                .contains("at least one key result");
        UUID draft = write(checkout, NEXT, null);
        String krId = admin.get("/api/objectives/" + draft).json().get("keyResults").get(0).get("id").asString();
        assertThat(admin.post("/api/objectives/" + draft + "/key-results/" + krId + "/check-ins",
                Map.of("value", 1, "confidence", "ON_TRACK")).expectProblem(409).body()).contains("still a draft");
        assertThat(admin.post("/api/objectives/" + draft + "/status", Map.of("status", "ACHIEVED")).expectProblem(409).status())
                .isEqualTo(409);
        UUID sibling = write(payments, NEXT, null);
        assertThat(admin.post("/api/objectives/" + draft + "/align", Map.of("parentId", sibling)).expectProblem(409).body())
                .contains("not above");
        assertThat(admin.post("/api/objectives", objective(checkout, Period.quarterOf(TODAY).previous().toString(), null))
                .expectProblem(409).body()).contains("ended");
    }

    @Test
    void aStaleIfMatchIsRefused() {
        UUID id = write(checkout, NEXT, null);
        admin.post("/api/objectives/" + id + "/status", Map.of("status", "COMMITTED"), "If-Match", "\"0\"").expect(200);
        admin.post("/api/objectives/" + id + "/status", Map.of("status", "ACHIEVED"), "If-Match", "\"0\"").expectProblem(412);
        assertThat(admin.get("/api/objectives/" + id).json().get("status").asString()).isEqualTo("COMMITTED");
    }

    @Test
    void objectivesAreListedByTeamAndPeriodWithSubteamsAndAlignedUpTheOrganisation() {
        UUID goal = write(department, NEXT, null);
        UUID aligned = write(checkout, NEXT, goal);
        UUID orphan = write(payments, NEXT, null);

        JsonNode page = admin.get("/api/objectives?teamId=" + department + "&period=" + NEXT + "&includeSubteams=true&size=2").expect(200).json();
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("page").asInt()).isZero();
        // The second page holds the one the first left out, in the same order as the whole list.
        JsonNode whole = admin.get("/api/objectives?teamId=" + department + "&period=" + NEXT + "&includeSubteams=true").expect(200).json();
        JsonNode second = admin.get("/api/objectives?teamId=" + department + "&period=" + NEXT + "&includeSubteams=true&size=2&page=1")
                .expect(200).json();
        assertThat(second.get("total").asInt()).isEqualTo(3);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("id").asString()).isEqualTo(whole.get("items").get(2).get("id").asString());
        assertThat(page.get("items").get(1).get("id").asString()).isEqualTo(whole.get("items").get(1).get("id").asString());
        assertThat(admin.get("/api/objectives?teamId=" + department + "&period=" + NEXT).json().get("total").asInt()).isEqualTo(1);
        Api.Response csv = admin.get("/api/objectives?teamId=" + department + "&includeSubteams=true&format=csv").expect(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(4);

        JsonNode tree = admin.get("/api/objectives/alignment?period=" + NEXT + "&rootTeamId=" + department).expect(200).json();
        assertThat(tree.get("roots").get(0).get("objective").get("id").asString()).isEqualTo(goal.toString());
        assertThat(tree.get("roots").get(0).get("children").get(0).get("objective").get("id").asString()).isEqualTo(aligned.toString());
        assertThat(tree.get("orphans").get(0).get("id").asString()).isEqualTo(orphan.toString());
        assertThat(tree.get("teams")).hasSize(3);
        admin.get("/api/objectives/alignment?period=" + NEXT + "&rootTeamId=" + UUID.randomUUID()).expectProblem(404);
    }

    @Test
    void readersReadObjectivesButCannotWriteThem() {
        String employee = "employee-" + suffix;
        users.create(employee, "password-" + suffix, Set.of(Role.EMPLOYEE), null);
        Api reader = Api.as(port, employee, "password-" + suffix);
        UUID id = write(checkout, NEXT, null);
        reader.get("/api/objectives/" + id).expect(200);
        reader.post("/api/objectives", objective(checkout, NEXT, null)).expectProblem(403);
        reader.post("/api/objectives/" + id + "/status", Map.of("status", "COMMITTED")).expectProblem(403);
    }

    @Test
    void planningTheNextQuarterProposesWhatWasNotAchievedAsDraftsOnce() {
        String current = Period.quarterOf(TODAY).toString();
        UUID open = write(checkout, current, null);
        String krId = admin.get("/api/objectives/" + open).json().get("keyResults").get(0).get("id").asString();
        admin.post("/api/objectives/" + open + "/status", Map.of("status", "COMMITTED")).expect(200);
        admin.post("/api/objectives/" + open + "/key-results/" + krId + "/check-ins", Map.of("value", 50, "confidence", "OFF_TRACK"))
                .expect(200);
        UUID achieved = write(payments, current, null);
        admin.post("/api/objectives/" + achieved + "/status", Map.of("status", "COMMITTED")).expect(200);
        admin.post("/api/objectives/" + achieved + "/status", Map.of("status", "ACHIEVED")).expect(200);
        UUID draft = write(payments, current, null);

        JsonNode plan = admin.post("/api/objectives/plan-next", Map.of("teamId", department)).expect(200).json();

        assertThat(plan.get("from").asString()).isEqualTo(current);
        assertThat(plan.get("to").asString()).isEqualTo(NEXT);
        assertThat(plan.get("created")).hasSize(2);
        assertThat(plan.get("left")).hasSize(1);
        assertThat(plan.get("left").get(0).get("objectiveId").asString()).isEqualTo(achieved.toString());
        JsonNode carried = admin.get("/api/objectives?teamId=" + checkout + "&period=" + NEXT).json().get("items").get(0);
        assertThat(carried.get("status").asString()).isEqualTo("DRAFT");
        assertThat(carried.get("period").asString()).isEqualTo(NEXT);
        assertThat(carried.get("carriedFrom").asString()).isEqualTo(open.toString());
        assertThat(carried.get("keyResults").get(0).get("start").asInt()).isEqualTo(50);
        assertThat(carried.get("keyResults").get(0).get("target").asInt()).isEqualTo(60);
        assertThat(admin.get("/api/objectives?teamId=" + payments + "&period=" + NEXT).json().get("items").get(0)
                .get("carriedFrom").asString()).isEqualTo(draft.toString());

        JsonNode again = admin.post("/api/objectives/plan-next", Map.of("teamId", department)).expect(200).json();
        assertThat(again.get("created")).isEmpty();
        assertThat(again.get("left")).hasSize(3);
        admin.post("/api/objectives/plan-next", Map.of("teamId", UUID.randomUUID())).expectProblem(400);
    }
}
