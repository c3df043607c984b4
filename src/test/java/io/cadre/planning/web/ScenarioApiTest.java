package io.cadre.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cadre.access.service.UserAccounts;
import io.cadre.ladder.Ladders;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.shared.Role;
import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.test.context.TestPropertySource;

/**
 * Scenarios over real HTTP on the real database (product.md §7.2): planned changes stay in the scenario's own stream,
 * are judged by the org's own rules over the scenario's org, show in its chart and impact, turn into conflicts when the
 * live org moves, and are applied in part as real commands.
 */
@IntegrationTest
// Publishes ladders, after which every level must name a published one: a context of its own keeps the shared
// context's free-text levels valid.
@TestPropertySource(properties = "cadre.test.context=published-ladders")
class ScenarioApiTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate SOON = TODAY.plusDays(30);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;

    /** One ladder for the whole class, with salary bands: lead 70-90k, senior 65-85k, mid 50-65k. */
    private static String ladder;
    private Api admin;
    private Api director;
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private UUID department;
    private UUID checkout;
    private UUID payments;
    private UUID ada;
    private UUID bob;
    private UUID cyd;

    @BeforeEach
    void setUp() {
        admin = Api.asAdmin(port);
        department = admin.formTeam("Scenario Dept " + suffix, null, TODAY.minusYears(1));
        checkout = admin.formTeam("Checkout " + suffix, department, TODAY.minusYears(1));
        payments = admin.formTeam("Payments " + suffix, department, TODAY.minusYears(1));
        if (ladder == null) {
            ladder = "sc" + suffix;
            admin.postRaw("/api/ladders/import?publish=true&reason=Adopt", "application/json",
                    LadderFormat.write(Ladders.small(ladder), LadderFormat.Syntax.JSON)).expect(201);
        }
        ada = hire("Ada", null, "lead");
        bob = hire("Bob", ada, "senior");
        cyd = hire("Cyd", bob, "mid");
        // The director is Ada, who leads the department: their scope (product.md §7.5) is the department and the teams below it.
        admin.post("/api/teams/" + department + "/lead", Api.body("personId", ada, "effectiveDate", TODAY.minusYears(1))).expect(200);
        director = as(Role.DIRECTOR, ada);
    }

    private UUID hire(String name, UUID manager, String level) {
        return admin.post("/api/people", Api.body("name", name + " " + suffix, "email", name + "." + UUID.randomUUID() + "@example.com",
                "title", "Engineer", "teamId", checkout, "managerId", manager, "level", ladder + "/" + level,
                "startDate", TODAY.minusYears(1))).expect(201).id();
    }

    private Api as(Role role) {
        return as(role, null);
    }

    private Api as(Role role, UUID person) {
        String username = "scen-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(username, "password-" + suffix + "-long", Set.of(role), person);
        return Api.as(port, username, "password-" + suffix + "-long");
    }

    @Test
    void planVersusActualFollowsAPlannedPositionFromPlanToTheHire() {
        UUID scenario = scenario(director);
        JsonNode planned = director.post("/api/scenarios/" + scenario + "/changes", change("OPEN_POSITION", "teamId", payments,
                "level", ladder + "/senior", "title", "Platform Engineer", "managerId", ada, "effectiveDate", TODAY.toString()))
                .expect(201).json();
        UUID change = UUID.fromString(planned.get("id").asString());
        UUID position = UUID.fromString(planned.get("positionId").asString());
        JsonNode plan = director.get("/api/scenarios/" + scenario + "/plan-vs-actual").expect(200).json();
        assertThat(plan).hasSize(1);
        assertThat(plan.get(0).get("planStatus").asString()).isEqualTo("PLANNED");
        assertThat(plan.get(0).get("liveStatus").isNull()).isTrue();

        director.post("/api/scenarios/" + scenario + "/apply", Map.of("changeIds", List.of(change))).expect(200);
        admin.post("/api/positions/" + position + "/approve", Api.body("reason", "Budgeted")).expect(200);
        UUID candidate = admin.post("/api/positions/" + position + "/candidates", Api.body("name", "Pia Planned " + suffix,
                "email", "pia." + UUID.randomUUID() + "@example.com", "source", "Referral", "reason", "Referred")).expect(201).id();
        admin.post("/api/candidates/" + candidate + "/stage", Api.body("stage", "OFFER", "reason", "Strong interviews")).expect(200);
        admin.post("/api/candidates/" + candidate + "/stage", Api.body("stage", "ACCEPTED", "startDate", SOON, "reason", "Signed"))
                .expect(200);

        JsonNode actual = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> director.get("/api/scenarios/" + scenario + "/plan-vs-actual").expect(200).json().get(0),
                        row -> "FILLED".equals(row.get("liveStatus").asString(null)));
        assertThat(actual.get("planStatus").asString()).isEqualTo("APPLIED");
        assertThat(actual.get("positionId").asString()).isEqualTo(position.toString());
        assertThat(actual.get("filledByName").asString()).isEqualTo("Pia Planned " + suffix);
        assertThat(actual.get("filledOn").isNull()).isFalse();
        as(Role.MANAGER).get("/api/scenarios/" + scenario + "/plan-vs-actual").expectProblem(403);
    }

    @Test
    void twoScenariosAreComparedOnTheSameDate() {
        UUID grow = scenario(director);
        plan(grow, change("OPEN_POSITION", "teamId", payments, "level", ladder + "/senior", "title", "Platform Engineer", "managerId", ada));
        UUID shrink = scenario(director);
        plan(shrink, change("LEAVE", "personId", cyd, "kind", "VOLUNTARY"));

        JsonNode compared = director.get("/api/scenarios/" + grow + "/compare?with=" + shrink + "&asOf=" + SOON).expect(200).json();
        assertThat(compared.get("asOf").asString()).isEqualTo(SOON.toString());
        assertThat(compared.get("scenario").get("live").get("headcount").asInt()).isEqualTo(3);
        assertThat(compared.get("scenario").get("planned").get("headcount").asInt()).isEqualTo(4);
        assertThat(compared.get("other").get("id").asString()).isEqualTo(shrink.toString());
        assertThat(compared.get("other").get("planned").get("headcount").asInt()).isEqualTo(2);

        director.get("/api/scenarios/" + grow + "/compare").expectProblem(400);
        director.get("/api/scenarios/" + grow + "/compare?with=" + grow).expectProblem(400);
        director.get("/api/scenarios/" + grow + "/compare?with=not-an-id").expectProblem(400);
        director.get("/api/scenarios/" + grow + "/compare?with=" + scenario(as(Role.HR))).expectProblem(403);
    }

    private UUID scenario(Api api) {
        return api.post("/api/scenarios", Api.body("name", "Reorg " + suffix, "rootTeamId", department)).expect(201).id();
    }

    private static Map<String, Object> change(String type, Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("effectiveDate", SOON.toString());
        body.put("reason", type.toLowerCase() + " for the reorg");
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private UUID plan(UUID scenario, Map<String, Object> change) {
        return director.post("/api/scenarios/" + scenario + "/changes", change).expect(201).id();
    }

    @Test
    void aPlannedChangeIsCheckedByTheOrgsRulesAndNeverRecordedLive() {
        UUID scenario = scenario(director);
        long orgEvents = orgEvents();

        UUID transfer = plan(scenario, change("TRANSFER", "personId", bob, "teamId", payments));

        JsonNode refused = director.post("/api/scenarios/" + scenario + "/changes", change("CHANGE_MANAGER", "personId", ada,
                "managerId", cyd)).expectProblem(409).json();
        assertThat(refused.get("detail").asString()).contains("reporting cycle");
        director.post("/api/scenarios/" + scenario + "/changes", change("TRANSFER", "personId", UUID.randomUUID(), "teamId", payments))
                .expectProblem(400);
        director.post("/api/scenarios/" + scenario + "/changes", change("PROMOTE", "personId", bob)).expectProblem(400);
        director.post("/api/scenarios/" + scenario + "/changes", change("TRANSFER", "personId", bob, "teamId", payments,
                "effectiveDate", TODAY.minusDays(1).toString())).expectProblem(400);

        JsonNode details = director.get("/api/scenarios/" + scenario).expect(200).json();
        assertThat(details.get("changes")).hasSize(1);
        assertThat(details.get("changes").get(0).get("id").asString()).isEqualTo(transfer.toString());
        assertThat(details.get("changes").get(0).get("status").asString()).isEqualTo("PLANNED");
        assertThat(orgEvents()).as("nothing of the plan reached the live org").isEqualTo(orgEvents);
        assertThat(admin.get("/api/people/" + bob).expect(200).json().get("teamId").asString()).isEqualTo(checkout.toString());
    }

    @Test
    void laterChangesSeeEarlierOnesAndTheChartAndImpactShowThem() {
        UUID scenario = scenario(director);
        JsonNode formed = director.post("/api/scenarios/" + scenario + "/changes", change("FORM_TEAM", "name", "Platform " + suffix,
                "parentId", department)).expect(201).json();
        UUID platform = UUID.fromString(formed.get("teamId").asString());
        plan(scenario, change("TRANSFER", "personId", cyd, "teamId", platform, "managerId", ada));
        UUID position = UUID.fromString(director.post("/api/scenarios/" + scenario + "/changes", change("OPEN_POSITION",
                "teamId", payments, "level", ladder + "/senior", "title", "Platform Engineer", "managerId", ada)).expect(201).json()
                .get("positionId").asString());

        JsonNode chart = director.get("/api/scenarios/" + scenario + "/org-chart?asOf=" + SOON).expect(200).json();
        assertThat(names(chart.get("teams"))).contains("Platform " + suffix);
        JsonNode planned = find(chart.get("people"), position);
        assertThat(planned.get("planned").asBoolean()).isTrue();
        assertThat(find(chart.get("people"), cyd).get("teamId").asString()).isEqualTo(platform.toString());
        assertThat(find(chart.get("people"), cyd).get("planned").asBoolean()).isFalse();
        assertThat(names(admin.get("/api/org-chart?asOf=" + SOON).expect(200).json().get("teams"))).doesNotContain("Platform " + suffix);

        JsonNode impact = director.get("/api/scenarios/" + scenario + "/impact?asOf=" + SOON).expect(200).json();
        assertThat(impact.get("before").get("headcount").asInt()).isEqualTo(3);
        assertThat(impact.get("after").get("headcount").asInt()).isEqualTo(4);
        assertThat(impact.get("before").get("layers").asInt()).isEqualTo(2);
        assertThat(impact.get("after").get("layers").asInt()).isEqualTo(1);
        assertThat(impact.get("after").get("managers").asInt()).isEqualTo(1);
        assertThat(impact.get("after").get("medianSpan").asDouble()).isEqualTo(3.0);
        assertThat(impact.get("before").get("cost").decimalValue()).isEqualByComparingTo("212500");
        assertThat(impact.get("after").get("cost").decimalValue()).isEqualByComparingTo("287500");
        assertThat(impact.get("after").get("pyramid").toString()).contains("\"level\":\"" + ladder + "/senior\",\"count\":2");
        assertThat(director.get("/api/scenarios/" + scenario + "/conflicts").expect(200).json()).isEmpty();
    }

    @Test
    void aLiveChangeAfterTheBaseDateShowsAsAConflictWithTheFactThatBrokeIt() {
        UUID scenario = scenario(director);
        UUID levelChange = plan(scenario, change("CHANGE_LEVEL", "personId", cyd, "level", ladder + "/senior", "kind", "PROMOTION"));
        assertThat(director.get("/api/scenarios/" + scenario + "/conflicts").expect(200).json()).isEmpty();

        admin.post("/api/people/" + cyd + "/leave", Api.body("kind", "VOLUNTARY", "effectiveDate", TODAY.plusDays(10).toString()))
                .expect(200);

        JsonNode conflicts = director.get("/api/scenarios/" + scenario + "/conflicts").expect(200).json();
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).get("changeId").asString()).isEqualTo(levelChange.toString());
        assertThat(conflicts.get(0).get("problem").asString()).isNotBlank();

        director.delete("/api/scenarios/" + scenario + "/changes/" + levelChange).expect(200);
        assertThat(director.get("/api/scenarios/" + scenario + "/conflicts").expect(200).json()).isEmpty();
    }

    @Test
    void aChangeInConflictIsEditedInItsPlaceAndTheRulesJudgeTheEdit() {
        UUID scenario = scenario(director);
        JsonNode formed = director.post("/api/scenarios/" + scenario + "/changes", change("FORM_TEAM", "name", "Platform " + suffix,
                "parentId", department, "effectiveDate", TODAY.plusDays(1).toString())).expect(201).json();
        UUID formChange = UUID.fromString(formed.get("id").asString());
        UUID platform = UUID.fromString(formed.get("teamId").asString());
        UUID joins = plan(scenario, change("TRANSFER", "personId", cyd, "teamId", platform));
        admin.post("/api/people/" + cyd + "/leave", Api.body("kind", "VOLUNTARY", "effectiveDate", TODAY.plusDays(10).toString()))
                .expect(200);
        assertThat(director.get("/api/scenarios/" + scenario + "/conflicts").expect(200).json()).hasSize(1);
        long orgEvents = orgEvents();

        // Edited to a date before Cyd leaves: in its place, after the team it joins, and no longer in conflict.
        director.put("/api/scenarios/" + scenario + "/changes/" + joins, change("TRANSFER", "personId", cyd, "teamId", platform,
                "effectiveDate", TODAY.plusDays(5).toString(), "reason", "Before Cyd leaves")).expect(200);
        assertThat(director.get("/api/scenarios/" + scenario + "/conflicts").expect(200).json()).isEmpty();
        // Renaming the new team keeps its id, so the transfer into it still stands.
        director.put("/api/scenarios/" + scenario + "/changes/" + formChange, change("FORM_TEAM", "name", "Core " + suffix,
                "parentId", department, "effectiveDate", TODAY.plusDays(1).toString())).expect(200);
        JsonNode chart = director.get("/api/scenarios/" + scenario + "/org-chart?asOf=" + TODAY.plusDays(6)).expect(200).json();
        assertThat(names(chart.get("teams"))).contains("Core " + suffix).doesNotContain("Platform " + suffix);
        assertThat(find(chart.get("people"), cyd).get("teamId").asString()).isEqualTo(platform.toString());

        // An edit the rules refuse is a 409 naming the fact, an unknown change a 404, bad fields a 400: nothing changes.
        director.put("/api/scenarios/" + scenario + "/changes/" + joins, change("CHANGE_MANAGER", "personId", ada, "managerId", cyd,
                "effectiveDate", TODAY.plusDays(5).toString())).expectProblem(409);
        director.put("/api/scenarios/" + scenario + "/changes/" + UUID.randomUUID(), change("TRANSFER", "personId", cyd,
                "teamId", platform)).expectProblem(404);
        director.put("/api/scenarios/" + scenario + "/changes/" + joins, change("TRANSFER", "personId", cyd, "teamId", platform,
                "effectiveDate", TODAY.minusDays(1).toString())).expectProblem(400);
        JsonNode kept = director.get("/api/scenarios/" + scenario).expect(200).json().get("changes");
        assertThat(kept).hasSize(2);
        assertThat(kept.get(1).get("id").asString()).isEqualTo(joins.toString());
        assertThat(kept.get(1).get("change").get("type").asString()).isEqualTo("TRANSFER");
        assertThat(kept.get(1).get("change").get("effectiveDate").asString()).isEqualTo(TODAY.plusDays(5).toString());
        assertThat(kept.get(1).get("change").get("reason").asString()).isEqualTo("Before Cyd leaves");
        assertThat(orgEvents()).as("editing a plan records nothing live").isEqualTo(orgEvents);

        director.delete("/api/scenarios/" + scenario + "/changes/" + joins).expect(200);
        director.put("/api/scenarios/" + scenario + "/changes/" + joins, change("TRANSFER", "personId", cyd, "teamId", platform))
                .expectProblem(409);
    }

    @Test
    void applyingHalfRecordsThoseAsRealCommandsNamingTheScenario() {
        UUID scenario = scenario(director);
        UUID rename = plan(scenario, change("RENAME_TEAM", "teamId", payments, "name", "Billing " + suffix));
        UUID transfer = plan(scenario, change("TRANSFER", "personId", bob, "teamId", payments));
        UUID dissolve = plan(scenario, change("DISSOLVE_TEAM", "teamId", checkout, "moveMembersTo", payments));

        JsonNode results = director.post("/api/scenarios/" + scenario + "/apply", Map.of("changeIds", List.of(rename, transfer)))
                .expect(200).json();
        assertThat(results).hasSize(2);
        results.forEach(result -> assertThat(result.get("applied").asBoolean()).as(result.toString()).isTrue());

        JsonNode team = admin.get("/api/teams/" + payments).expect(200).json();
        assertThat(team.get("name").asString()).isEqualTo("Payments " + suffix);
        assertThat(names(admin.get("/api/org-chart?asOf=" + SOON).expect(200).json().get("teams"))).contains("Billing " + suffix);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? and"
                + " convert_from(meta_data, 'UTF8') like ? and convert_from(meta_data, 'UTF8') like ?", Long.class, payments.toString(),
                "%" + scenario + "%", "%Scenario Reorg " + suffix + ": rename_team for the reorg%")).isEqualTo(1L);

        JsonNode details = director.get("/api/scenarios/" + scenario).expect(200).json();
        Map<String, String> statuses = new LinkedHashMap<>();
        details.get("changes").forEach(c -> statuses.put(c.get("id").asString(), c.get("status").asString()));
        assertThat(statuses).containsEntry(rename.toString(), "APPLIED").containsEntry(transfer.toString(), "APPLIED")
                .containsEntry(dissolve.toString(), "PLANNED");

        JsonNode again = director.post("/api/scenarios/" + scenario + "/apply", Map.of("changeIds", List.of(rename))).expect(200).json();
        assertThat(again.get(0).get("applied").asBoolean()).isFalse();
        assertThat(again.get(0).get("problem").asString()).contains("applied");
        director.post("/api/scenarios/" + scenario + "/apply", Map.of("changeIds", List.of(UUID.randomUUID()))).expectProblem(400);
    }

    @Test
    void aDirectorSeesTheirOwnScenariosAndHrSeesEveryOne() {
        UUID scenario = scenario(director);
        Api other = as(Role.DIRECTOR);
        other.get("/api/scenarios/" + scenario).expectProblem(403);
        other.post("/api/scenarios/" + scenario + "/changes", change("TRANSFER", "personId", bob, "teamId", payments)).expectProblem(403);
        assertThat(ids(other.get("/api/scenarios").expect(200).json().get("items"))).doesNotContain(scenario.toString());
        assertThat(ids(as(Role.HR).get("/api/scenarios").expect(200).json().get("items"))).contains(scenario.toString());
        assertThat(ids(director.get("/api/scenarios").expect(200).json().get("items"))).contains(scenario.toString());
        as(Role.MANAGER).get("/api/scenarios/" + scenario).expectProblem(403);
        admin.get("/api/scenarios/" + UUID.randomUUID()).expectProblem(404);
        director.post("/api/scenarios", Api.body("name", " ")).expectProblem(400);
        director.post("/api/scenarios", Api.body("name", "x", "rootTeamId", UUID.randomUUID())).expectProblem(400);
    }

    private long orgEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier in (?, ?, ?, ?, ?, ?)", Long.class,
                department.toString(), checkout.toString(), payments.toString(), ada.toString(), bob.toString(), cyd.toString());
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static JsonNode find(JsonNode people, UUID id) {
        for (JsonNode person : people) {
            if (person.get("id").asString().equals(id.toString())) {
                return person;
            }
        }
        throw new AssertionError(id + " is not on the chart: " + people);
    }
}
