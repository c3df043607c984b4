package io.cadre.planning.web;

import static io.cadre.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cadre.access.service.UserAccounts;
import io.cadre.ladder.Ladders;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.planning.api.Period;
import io.cadre.shared.Role;
import io.cadre.support.Api;
import io.cadre.support.EventLog;
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
 * The growth model over real HTTP from a live org of ten (a lead and nine reports on a small ladder with salary bands):
 * a run by quarter, its CSV, the 10x preset, bad input as problem+json naming the field, cost hidden from a manager,
 * and saved models recorded with who saved them.
 */
@IntegrationTest
// Publishes ladders, after which every level must name a published one: a context of its own keeps the shared
// context's free-text levels valid.
@TestPropertySource(properties = "cadre.test.context=published-ladders")
class GrowthModelApiTest {

    private static final LocalDate FOUNDED = LocalDate.now().minusYears(1);
    private static final String THIS_QUARTER = Period.quarterOf(LocalDate.now()).toString();
    private static final String NEXT_QUARTER = Period.quarterOf(LocalDate.now()).next().toString();

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String ladder = "grow" + suffix.replaceAll("[^a-z0-9]", "");
    private Api admin;
    private Api director;
    private Api manager;
    private UUID team;

    @BeforeEach
    void setUp() {
        admin = Api.asAdmin(port);
        admin.postRaw("/api/ladders/import?publish=true&reason=Adopt", "application/json",
                LadderFormat.write(Ladders.small(ladder), LadderFormat.Syntax.JSON)).expect(201);
        team = admin.formTeam("Growth " + suffix, null, FOUNDED);
        UUID lead = hire("Lea Lead", "lead", null);
        for (int i = 0; i < 9; i++) {
            hire("Rey Report " + i, i < 6 ? "junior" : "mid", lead);
        }
        // The director is Lea, who leads the team: the team is their scope, so they see its levels and cost (product.md §7.5).
        admin.post("/api/teams/" + team + "/lead", body("personId", lead, "effectiveDate", FOUNDED.toString())).expect(200);
        users.create("growth-director-" + suffix, "password-" + suffix, Set.of(Role.DIRECTOR), lead);
        users.create("growth-manager-" + suffix, "password-" + suffix, Set.of(Role.MANAGER), null);
        director = Api.as(port, "growth-director-" + suffix, "password-" + suffix);
        manager = Api.as(port, "growth-manager-" + suffix, "password-" + suffix);
    }

    private UUID hire(String name, String level, UUID managerId) {
        return admin.post("/api/people", body("name", name + " " + suffix, "email", name.replace(' ', '.').toLowerCase() + "." + suffix
                + "@example.com", "title", "Engineer", "teamId", team, "managerId", managerId, "level", ladder + "/" + level,
                "startDate", FOUNDED.toString())).expect(201).id();
    }

    private Map<String, Object> inputs(Object... overrides) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("rootTeamId", team);
        inputs.put("quarters", 2);
        inputs.put("hiresPerQuarter", 5);
        inputs.put("attritionPerYear", 0);
        inputs.put("promotionPerYear", 0);
        inputs.put("spanOfControl", 5);
        for (int i = 0; i < overrides.length; i += 2) {
            inputs.put((String) overrides[i], overrides[i + 1]);
        }
        return inputs;
    }

    /** A body with its values as they are (numbers stay numbers, a map stays an object). */
    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static List<String> fields(Api.Response problem) {
        List<String> fields = new ArrayList<>();
        problem.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void aRunShowsEachQuartersPeopleByKindLayersPyramidAndCost() {
        JsonNode run = director.post("/api/growth-models/run", inputs()).expect(200).json();
        JsonNode start = run.get("start");
        assertThat(start.get("quarter").asString()).isEqualTo(THIS_QUARTER);
        assertThat(List.of(start.get("headcount").asInt(), start.get("ics").asInt(), start.get("managers").asInt(),
                start.get("directors").asInt(), start.get("layers").asInt())).as("today: nine reports and their lead").containsExactly(10, 9, 1, 0, 2);
        assertThat(start.get("cost").asLong()).as("6 x 45,000 + 3 x 57,500 + 80,000").isEqualTo(522_500);

        JsonNode quarters = run.get("quarters");
        assertThat(quarters.size()).isEqualTo(2);
        JsonNode first = quarters.get(0);
        assertThat(first.get("quarter").asString()).isEqualTo(NEXT_QUARTER);
        // 15 people at span 5: 11 ICs, 3 managers and a director in three layers.
        assertThat(List.of(first.get("headcount").asInt(), first.get("ics").asInt(), first.get("managers").asInt(),
                first.get("directors").asInt(), first.get("layers").asInt(), first.get("hires").asInt())).containsExactly(15, 11, 3, 1, 3, 5);
        Map<String, Integer> pyramid = new LinkedHashMap<>();
        first.get("pyramid").forEach(l -> pyramid.put(l.get("level").asString(), l.get("count").asInt()));
        // Five hires in today's 6:3:1 mix: 3 juniors, and one each to the two equal remainders, the more junior first.
        assertThat(pyramid).containsExactly(Map.entry(ladder + "/junior", 9), Map.entry(ladder + "/mid", 5), Map.entry(ladder + "/lead", 1),
                Map.entry(ladder + "/senior", 0), Map.entry(ladder + "/staff", 0));
        assertThat(first.get("cost").asLong()).isEqualTo(772_500);
        assertThat(quarters.get(1).get("headcount").asInt()).isEqualTo(20);
    }

    @Test
    void theSameRunAsCsvHasAHeaderTodayAndOneRowPerQuarter() {
        Api.Response csv = director.post("/api/growth-models/run?format=csv", inputs()).expect(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).as("the header, today and two quarters").hasSize(4);
        assertThat(lines[0]).isEqualTo("quarter,headcount,ics,managers,directors,layers,cost,hires,leavers,promotions," + ladder + "/junior,"
                + ladder + "/mid," + ladder + "/lead," + ladder + "/senior," + ladder + "/staff");
        assertThat(lines[1]).isEqualTo(THIS_QUARTER + ",10,9,1,0,2,522500,0,0,0,6,3,1,0,0");
        assertThat(lines[2]).isEqualTo(NEXT_QUARTER + ",15,11,3,1,3,772500,5,0,0,9,5,1,0,0");
        assertThat(lines[3]).startsWith(Period.quarterOf(LocalDate.now()).next().next() + ",20,15,4,1,3,");
    }

    @Test
    void theTenTimesPresetAimsAtTenTimesTodaysHeadcountAndReachesIt() {
        JsonNode preset = director.get("/api/growth-models/presets/10x?rootTeamId=" + team).expect(200).json();
        assertThat(preset.get("targetHeadcount").asInt()).isEqualTo(100);
        assertThat(preset.get("hiresPerQuarter").isNull()).isTrue();
        Map<String, Object> inputs = new LinkedHashMap<>();
        preset.properties().forEach(p -> inputs.put(p.getKey(), p.getValue().isNull() ? null
                : p.getValue().isNumber() ? p.getValue().numberValue() : p.getValue().asString()));
        JsonNode quarters = director.post("/api/growth-models/run", inputs).expect(200).json().get("quarters");
        assertThat(quarters.size()).isEqualTo(preset.get("quarters").asInt());
        assertThat(quarters.get(quarters.size() - 1).get("headcount").asInt()).isEqualTo(100);
    }

    @Test
    void badInputIsA400NamingEachFieldAndRecordsNothing() {
        long before = EventLog.size(jdbc);
        assertThat(fields(director.post("/api/growth-models/run", inputs("targetHeadcount", 50)).expectProblem(400)))
                .containsExactly("targetHeadcount", "hiresPerQuarter");
        Map<String, Object> neither = inputs();
        neither.remove("hiresPerQuarter");
        assertThat(fields(director.post("/api/growth-models/run", neither).expectProblem(400))).contains("targetHeadcount");
        assertThat(fields(director.post("/api/growth-models/run", inputs("quarters", 41, "attritionPerYear", 1.5,
                "promotionPerYear", -0.1)).expectProblem(400))).containsExactly("quarters", "attritionPerYear", "promotionPerYear");
        assertThat(fields(director.post("/api/growth-models/run", inputs("spanOfControl", 1)).expectProblem(400)))
                .containsExactly("spanOfControl");
        assertThat(fields(director.post("/api/growth-models/run", inputs("rootTeamId", UUID.randomUUID())).expectProblem(400)))
                .containsExactly("rootTeamId");
        assertThat(fields(director.post("/api/growth-models/run", inputs("quarters", "many")).expectProblem(400))).containsExactly("quarters");
        assertThat(fields(director.post("/api/growth-models/run?format=xml", inputs()).expectProblem(400))).containsExactly("format");
        assertThat(fields(director.post("/api/growth-models", map("name", " ", "inputs", inputs())).expectProblem(400))).containsExactly("name");
        assertThat(fields(director.post("/api/growth-models", map("name", "Too narrow", "inputs", inputs("spanOfControl", 1)))
                .expectProblem(400))).containsExactly("inputs.spanOfControl");
        assertThat(fields(director.post("/api/growth-models", map("name", "Nowhere", "inputs", inputs("rootTeamId", UUID.randomUUID())))
                .expectProblem(400))).containsExactly("inputs.rootTeamId");
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
    }

    @Test
    void aManagerRunsModelsWithoutSeeingCostAndSavesNone() {
        JsonNode run = manager.post("/api/growth-models/run", inputs()).expect(200).json();
        assertThat(run.get("start").get("cost").isNull()).isTrue();
        run.get("quarters").forEach(q -> assertThat(q.get("cost").isNull()).isTrue());
        assertThat(run.get("quarters").get(0).get("headcount").asInt()).isEqualTo(15);
        String[] csv = manager.post("/api/growth-models/run?format=csv", inputs()).expect(200).body().split("\r\n");
        assertThat(csv[1]).startsWith(THIS_QUARTER + ",10,9,1,0,2,,0,0,0,");
        assertThat(admin.post("/api/growth-models/run", inputs()).expect(200).json().get("start").get("cost").asLong()).isEqualTo(522_500);
        manager.post("/api/growth-models", map("name", "Mine", "inputs", inputs())).expectProblem(403);
    }

    @Test
    void aSavedModelKeepsItsNameInputsAndWhoSavedItWhen() {
        long before = EventLog.size(jdbc);
        Api.Response saved = director.post("/api/growth-models", map("name", "Double the team " + suffix, "inputs",
                inputs("targetHeadcount", 20, "hiresPerQuarter", null, "quarters", 4), "reason", "Board asks")).expect(201);
        UUID id = saved.id();
        assertThat(saved.header("Location")).endsWith("/api/growth-models/" + id);
        assertThat(EventLog.size(jdbc)).isEqualTo(before + 1);

        JsonNode model = manager.get("/api/growth-models/" + id).expect(200).json();
        assertThat(model.get("name").asString()).isEqualTo("Double the team " + suffix);
        assertThat(model.get("savedBy").asString()).isEqualTo("growth-director-" + suffix);
        assertThat(model.get("reason").asString()).isEqualTo("Board asks");
        assertThat(model.get("savedAt").asString()).isNotBlank();
        JsonNode inputs = model.get("inputs");
        assertThat(inputs.get("rootTeamId").asString()).isEqualTo(team.toString());
        assertThat(inputs.get("targetHeadcount").asInt()).isEqualTo(20);
        assertThat(inputs.get("hiresPerQuarter").isNull()).isTrue();
        assertThat(inputs.get("quarters").asInt()).isEqualTo(4);
        assertThat(inputs.get("spanOfControl").asInt()).isEqualTo(5);

        List<String> names = new ArrayList<>();
        director.get("/api/growth-models?size=200").expect(200).json().get("items").forEach(m -> names.add(m.get("name").asString()));
        assertThat(names).contains("Double the team " + suffix);
        assertThat(director.get("/api/growth-models?format=csv").body()).contains("Double the team " + suffix + "," + team);
        // The audit timeline follows the event store on its own: wait until it has the change.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<String> subjects = new ArrayList<>();
            admin.get("/api/audit?type=GROWTH_MODEL_SAVED&size=200").expect(200).json().get("items")
                    .forEach(a -> subjects.add(a.get("subject").asString() + " by " + a.get("actor").asString()));
            assertThat(subjects).contains("Double the team " + suffix + " by growth-director-" + suffix);
        });
        director.get("/api/growth-models/" + UUID.randomUUID()).expectProblem(404);
    }
}
