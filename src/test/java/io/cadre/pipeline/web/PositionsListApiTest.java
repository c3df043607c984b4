package io.cadre.pipeline.web;

import static io.cadre.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.cadre.ladder.Ladders;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.platform.replay.ProjectionRebuild;
import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The positions list and the pipeline's measures on the real database: age filter, time to fill, median time to fill and
 * stage conversion; one acceptance per position; and objectives naming the positions they need.
 */
@IntegrationTest
@TestPropertySource(properties = "cadre.test.context=pipeline-rest")
class PositionsListApiTest {

    private static final LocalDate FORMED = LocalDate.of(2024, 1, 1);
    private static final LocalDate OPENED = LocalDate.of(2025, 1, 10);
    private static final LocalDate APPROVED = LocalDate.of(2025, 1, 13);
    private static String ladder;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionRebuild rebuild;
    private Api admin;
    private String tag;

    @BeforeEach
    void publishALadder() {
        admin = Api.asAdmin(port);
        tag = UUID.randomUUID().toString().substring(0, 6);
        if (ladder == null) {
            ladder = "rest";
            admin.postRaw("/api/ladders/import?publish=true&reason=Adopt", "application/json",
                    LadderFormat.write(Ladders.small(ladder), LadderFormat.Syntax.JSON)).expect(201);
        }
    }

    private UUID open(UUID team, String title, LocalDate approvedOn) {
        UUID position = admin.post("/api/positions", body("teamId", team, "level", ladder + "/senior", "title", title,
                "effectiveDate", OPENED, "reason", "Grows")).expect(201).id();
        if (approvedOn != null) {
            admin.post("/api/positions/" + position + "/approve", body("effectiveDate", approvedOn, "reason", "Budgeted")).expect(200);
        }
        return position;
    }

    private UUID candidate(UUID position, String name) {
        return admin.post("/api/positions/" + position + "/candidates", body("name", name + " " + tag,
                "email", name.toLowerCase() + "." + UUID.randomUUID() + "@example.com", "effectiveDate", OPENED.plusDays(5))).expect(201).id();
    }

    private Api.Response move(UUID candidate, String stage, String startDate) {
        return admin.post("/api/candidates/" + candidate + "/stage", body("stage", stage, "startDate", startDate,
                "effectiveDate", OPENED.plusDays(10), "reason", "To " + stage));
    }

    private JsonNode settled(UUID candidate) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(
                () -> admin.get("/api/candidates/" + candidate).expect(200).json(),
                json -> !json.get("personId").isNull() || !json.get("hireProblem").isNull());
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void timeToFillAndStageConversionComeFromTheReadModelsAndSurviveARebuild() {
        UUID team = admin.formTeam("Metrics " + tag, null, FORMED);
        UUID first = open(team, "Backend Engineer", APPROVED);
        UUID second = open(team, "Frontend Engineer", APPROVED);
        UUID third = open(team, "Data Engineer", null);

        UUID c1 = candidate(first, "Ada");
        UUID c2 = candidate(first, "Bo");
        candidate(first, "Cy");
        UUID c4 = candidate(second, "Di");
        UUID c5 = candidate(second, "Ed");
        move(c2, "SCREENING", null).expect(200);
        move(c2, "REJECTED", null).expect(200);
        move(c4, "INTERVIEWING", null).expect(200);
        move(c1, "OFFER", null).expect(200);
        move(c5, "OFFER", null).expect(200);
        move(c1, "ACCEPTED", APPROVED.plusDays(60).toString()).expect(200);
        move(c5, "ACCEPTED", APPROVED.plusDays(30).toString()).expect(200);
        assertThat(settled(c1).get("personId").isNull()).isFalse();
        assertThat(settled(c5).get("personId").isNull()).isFalse();

        JsonNode filled = admin.get("/api/positions/" + first).expect(200).json();
        assertThat(filled.get("status").asString()).isEqualTo("FILLED");
        assertThat(filled.get("timeToFillDays").asLong()).isEqualTo(60);
        assertThat(admin.get("/api/positions/" + third).json().get("timeToFillDays").isNull()).isTrue();

        JsonNode metrics = admin.get("/api/pipeline/metrics?teamId=" + team).expect(200).json();
        assertThat(metrics.get("openPositions").asInt()).isEqualTo(1);
        assertThat(metrics.get("filledPositions").asInt()).isEqualTo(2);
        assertThat(metrics.get("medianTimeToFillDays").asDouble()).isEqualTo(45.0);
        Map<String, JsonNode> conversion = new HashMap<>();
        metrics.get("conversion").forEach(c -> conversion.put(c.get("from").asString() + ">" + c.get("to").asString(), c));
        // Ada skipped from SOURCED to OFFER: she counts as having passed the stages between.
        assertThat(conversion.get("SOURCED>SCREENING").get("reached").asInt()).isEqualTo(5);
        assertThat(conversion.get("SOURCED>SCREENING").get("advanced").asInt()).isEqualTo(4);
        assertThat(conversion.get("SOURCED>SCREENING").get("rate").asDouble()).isCloseTo(0.8, within(1e-9));
        assertThat(conversion.get("SCREENING>INTERVIEWING").get("rate").asDouble()).isCloseTo(0.75, within(1e-9));
        assertThat(conversion.get("INTERVIEWING>OFFER").get("rate").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(conversion.get("OFFER>ACCEPTED").get("rate").asDouble()).isCloseTo(1.0, within(1e-9));
        admin.get("/api/pipeline/metrics?teamId=" + UUID.randomUUID()).expectProblem(400);

        JsonNode old = admin.get("/api/positions?teamId=" + team + "&minAgeDays=40").expect(200).json();
        // Filled 63 days after it was opened, the first is old enough; the second was filled after 33; the third is still open.
        assertThat(old.get("items").valueStream().map(p -> p.get("id").asString()))
                .containsExactlyInAnyOrder(first.toString(), third.toString());
        assertThat(admin.get("/api/positions?teamId=" + team + "&minAgeDays=0").json().get("total").asInt()).isEqualTo(3);
        admin.get("/api/positions?minAgeDays=-1").expectProblem(400);
        admin.get("/api/positions?minAgeDays=old").expectProblem(400);

        List<String> tables = List.of("pipeline_position", "pipeline_candidate", "pipeline_candidate_move", "pipeline_succession",
                "pipeline_successor");
        Map<String, List<Map<String, Object>>> before = new LinkedHashMap<>();
        tables.forEach(t -> before.put(t, jdbc.queryForList("select * from " + t + " order by 1, 2")));
        rebuild.rebuildAll(Duration.ofMinutes(1));
        tables.forEach(t -> assertThat(jdbc.queryForList("select * from " + t + " order by 1, 2")).as(t).isEqualTo(before.get(t)));
        assertThat(admin.get("/api/pipeline/metrics?teamId=" + team).json()).isEqualTo(metrics);
    }

    @Test
    void aSecondCandidateCannotAcceptAPositionAnotherHasAccepted() {
        UUID team = admin.formTeam("Doomed " + tag, null, FORMED);
        UUID position = open(team, "Platform Engineer", APPROVED);
        UUID a = candidate(position, "Ann");
        UUID b = candidate(position, "Ben");
        move(a, "OFFER", null).expect(200);
        move(b, "OFFER", null).expect(200);
        // The hire itself is refused (the team is gone), so the first acceptance holds the position without filling it.
        admin.post("/api/teams/" + team + "/dissolve", body("reason", "Merged away")).expect(200);
        move(a, "ACCEPTED", LocalDate.now().plusMonths(1).toString()).expect(200);
        assertThat(settled(a).get("hireProblem").isNull()).isFalse();
        assertThat(admin.get("/api/positions/" + position).json().get("status").asString()).isEqualTo("APPROVED");

        long before = events();
        assertThat(move(b, "ACCEPTED", LocalDate.now().plusMonths(1).toString()).expectProblem(409).json().get("detail").asString())
                .contains("already accepted");
        assertThat(events()).isEqualTo(before);
        assertThat(admin.get("/api/candidates/" + b).json().get("stage").asString()).isEqualTo("OFFER");

        move(a, "WITHDRAWN", null).expect(200);
        move(b, "ACCEPTED", LocalDate.now().plusMonths(1).toString()).expect(200);
        assertThat(admin.get("/api/candidates/" + b).json().get("stage").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void anObjectiveNamesThePositionsItNeedsAndShowsTheirStatus() {
        UUID team = admin.formTeam("Growth " + tag, null, FORMED);
        UUID position = open(team, "Growth Engineer", APPROVED);
        LocalDate today = LocalDate.now();
        String period = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        Map<String, Object> objective = new LinkedHashMap<>();
        objective.put("teamId", team.toString());
        objective.put("period", period);
        objective.put("title", "Grow the team " + tag);
        objective.put("keyResults", List.of(Map.of("title", "Engineers hired", "start", 0, "target", 2)));
        UUID id = admin.post("/api/objectives", objective).expect(201).id();

        long before = events();
        assertThat(admin.post("/api/objectives/" + id + "/positions", body("positionId", UUID.randomUUID())).expectProblem(400)
                .json().get("errors").get(0).get("field").asString()).isEqualTo("positionId");
        admin.post("/api/objectives/" + id + "/positions", body()).expectProblem(400);
        admin.post("/api/objectives/" + UUID.randomUUID() + "/positions", body("positionId", position)).expectProblem(404);
        admin.delete("/api/objectives/" + id + "/positions/" + position).expectProblem(404);
        assertThat(events()).isEqualTo(before);

        Api.Response named = admin.post("/api/objectives/" + id + "/positions", body("positionId", position, "reason", "Needs a hire"))
                .expect(200);
        assertThat(named.json().get("version").asLong()).isEqualTo(1);
        JsonNode read = admin.get("/api/objectives/" + id).expect(200).json();
        assertThat(read.get("positionIds").valueStream().map(JsonNode::asString)).containsExactly(position.toString());
        assertThat(admin.get("/api/objectives/" + id).header("ETag")).isEqualTo("\"1\"");
        assertThat(admin.post("/api/objectives/" + id + "/positions", body("positionId", position)).expectProblem(409)
                .json().get("detail").asString()).contains("Growth Engineer");
        JsonNode history = admin.get("/api/objectives/" + id + "/history").expect(200).json();
        assertThat(history.valueStream().map(h -> h.get("summary").asString())).contains("Names a position it needs");

        admin.delete("/api/objectives/" + id + "/positions/" + position + "?reason=Hired%20by%20transfer").expect(200);
        assertThat(admin.get("/api/objectives/" + id).json().get("positionIds")).isEmpty();
        Api.as(port, "nobody", "wrong").delete("/api/objectives/" + id + "/positions/" + position).expectProblem(401);
    }
}
