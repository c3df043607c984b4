package io.cadre.pipeline.web;

import static io.cadre.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cadre.ladder.Ladders;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.pipeline.process.Hiring;
import io.cadre.platform.replay.ProjectionRebuild;
import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Positions, candidates and the board through the REST API (product.md §7.1), on a database of its own where a small
 * ladder is published: the statuses and their transitions, the stages of a candidacy, and an accepted offer that the
 * hiring process turns into a person in the org chart, or into a hire problem when the org refuses it.
 */
@IntegrationTest
@TestPropertySource(properties = "cadre.test.context=pipeline-api")
class PipelineApiTest {

    private static final LocalDate FORMED = LocalDate.of(2024, 1, 1);
    private static final LocalDate OPENED = LocalDate.of(2025, 1, 10);
    private static final Duration HIRE_DEADLINE = Duration.ofSeconds(10);

    private static UUID product;
    private static UUID checkout;
    private static UUID manager;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ProjectionRebuild rebuild;
    private Api admin;

    @BeforeEach
    void publishALadderAndFormTheOrg() {
        admin = Api.asAdmin(port);
        if (product == null) {
            admin.postRaw("/api/ladders/import?publish=true&reason=Adopt", "application/json",
                    LadderFormat.write(Ladders.small("eng"), LadderFormat.Syntax.JSON)).expect(201);
            product = admin.formTeam("Product", null, FORMED);
            checkout = admin.formTeam("Checkout", product, FORMED);
            manager = admin.post("/api/people", body("name", "Mia Manager", "email", "mia@example.com", "title", "Engineering Manager",
                    "teamId", checkout, "level", "eng/lead", "startDate", FORMED)).expect(201).id();
        }
    }

    private UUID open(UUID team, String title) {
        return admin.post("/api/positions", body("teamId", team, "level", "eng/senior", "title", title, "managerId", manager,
                "targetStart", "2025-06-01", "effectiveDate", OPENED, "reason", "Checkout grows")).expect(201).id();
    }

    private UUID approved(UUID team, String title) {
        UUID position = open(team, title);
        admin.post("/api/positions/" + position + "/approve", body("effectiveDate", OPENED.plusDays(3), "reason", "Budgeted"))
                .expect(200);
        return position;
    }

    private UUID candidate(UUID position, String name, String email) {
        return admin.post("/api/positions/" + position + "/candidates", body("name", name, "email", email, "source", "Referral",
                "effectiveDate", OPENED.plusDays(5), "reason", "Referred by Mia")).expect(201).id();
    }

    private Api.Response move(UUID candidate, String stage, String startDate) {
        return admin.post("/api/candidates/" + candidate + "/stage", body("stage", stage, "startDate", startDate,
                "effectiveDate", OPENED.plusDays(20), "reason", "Moved to " + stage));
    }

    private JsonNode candidateOnceHired(UUID candidate) {
        return await().atMost(HIRE_DEADLINE).pollInterval(Duration.ofMillis(50)).until(
                () -> admin.get("/api/candidates/" + candidate).expect(200).json(),
                json -> !json.get("personId").isNull() || !json.get("hireProblem").isNull());
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void aPositionMovesThroughItsStatusesAndEachTransitionIsRecordedWithWhoAndWhy() {
        Api.Response created = admin.post("/api/positions", body("teamId", checkout, "level", "eng/senior", "title", " Senior Engineer ",
                "managerId", manager, "targetStart", "2025-06-01", "effectiveDate", OPENED, "reason", "Checkout grows")).expect(201);
        UUID id = created.id();
        assertThat(created.header("Location")).endsWith("/api/positions/" + id);
        assertThat(created.json().get("version").asLong()).isZero();

        JsonNode proposed = admin.get("/api/positions/" + id).expect(200).json();
        assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(proposed.get("title").asString()).isEqualTo("Senior Engineer");
        assertThat(proposed.get("level").asString()).isEqualTo("eng/senior");
        assertThat(proposed.get("ladderVersion").asInt()).isEqualTo(1);
        assertThat(proposed.get("openedOn").asString()).isEqualTo(OPENED.toString());
        assertThat(proposed.get("ageDays").asLong()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(OPENED, LocalDate.now()));

        admin.post("/api/positions/" + id + "/freeze", body("reason", "Hold")).expectProblem(409);
        assertThat(admin.post("/api/positions/" + id + "/freeze", body()).json().get("detail").asString()).contains("PROPOSED");
        admin.post("/api/positions/" + id + "/approve", body("reason", "Budgeted"), "If-Match", "\"7\"").expectProblem(412);
        admin.post("/api/positions/" + id + "/approve", body("reason", "Budgeted", "effectiveDate", OPENED.plusDays(1)),
                "If-Match", "\"0\"").expect(200);
        admin.post("/api/positions/" + id + "/freeze", body("reason", "Hiring freeze")).expect(200);
        assertThat(admin.post("/api/positions/" + id + "/approve", body()).expectProblem(409).json().get("detail").asString())
                .contains("FROZEN");
        admin.post("/api/positions/" + id + "/unfreeze", body("reason", "Freeze lifted")).expect(200);
        Api.Response cancelled = admin.post("/api/positions/" + id + "/cancel", body("reason", "Reorganised")).expect(200);
        assertThat(cancelled.header("ETag")).isEqualTo("\"4\"");
        assertThat(admin.post("/api/positions/" + id + "/cancel", body()).expectProblem(409).json().get("detail").asString())
                .contains("CANCELLED");

        JsonNode position = admin.get("/api/positions/" + id).expect(200).json();
        assertThat(position.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(position.get("approvedOn").asString()).isEqualTo(OPENED.plusDays(1).toString());
        assertThat(position.get("cancelledOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(position.get("changes").valueStream().map(c -> c.get("status").asString()))
                .containsExactly("PROPOSED", "APPROVED", "FROZEN", "APPROVED", "CANCELLED");
        assertThat(position.get("changes").valueStream().map(c -> c.get("reason").asString()))
                .containsExactly("Checkout grows", "Budgeted", "Hiring freeze", "Freeze lifted", "Reorganised");
        assertThat(position.get("changes").valueStream().map(c -> c.get("actor").asString())).containsOnly("admin");

        JsonNode list = admin.get("/api/positions?teamId=" + product + "&status=CANCELLED&size=200").expect(200).json();
        assertThat(list.get("items").valueStream().map(p -> p.get("id").asString())).contains(id.toString());
        assertThat(list.get("items").valueStream().map(p -> p.get("status").asString())).containsOnly("CANCELLED");
        Api.Response csv = admin.get("/api/positions?teamId=" + checkout + "&status=CANCELLED&format=csv&size=200").expect(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("id,teamId,level,title,managerId,targetStart,status");
        assertThat(csv.body()).contains(id + "," + checkout + ",eng/senior,Senior Engineer," + manager + ",2025-06-01,CANCELLED");
        admin.get("/api/positions?format=xml").expectProblem(400);
    }

    @Test
    void badInputAnswersAProblemAndRecordsNothing() {
        UUID position = approved(checkout, "Backend Engineer");
        UUID candidate = candidate(position, "Bad Input", "bad.input@example.com");
        long before = events();

        JsonNode empty = admin.post("/api/positions", body()).expectProblem(400).json();
        assertThat(empty.get("errors").valueStream().map(e -> e.get("field").asString())).contains("teamId", "level", "title");
        assertThat(admin.post("/api/positions", body("teamId", UUID.randomUUID(), "level", "eng/senior", "title", "X"))
                .expectProblem(400).json().get("errors").get(0).get("field").asString()).isEqualTo("teamId");
        assertThat(admin.post("/api/positions", body("teamId", checkout, "level", "Senior", "title", "X"))
                .expectProblem(400).json().get("errors").get(0).get("field").asString()).isEqualTo("level");
        admin.post("/api/positions", body("teamId", checkout, "level", "eng/senior", "title", "X", "managerId", UUID.randomUUID()))
                .expectProblem(400);
        admin.post("/api/positions", body("teamId", checkout, "level", "eng/senior", "title", "x".repeat(201))).expectProblem(400);
        admin.post("/api/positions", "{\"teamId\": 12").expectProblem(400);
        admin.post("/api/positions/" + UUID.randomUUID() + "/approve", body()).expectProblem(404);
        admin.post("/api/positions/" + candidate + "/approve", body()).expectProblem(404);
        admin.get("/api/positions/" + UUID.randomUUID()).expectProblem(404);
        admin.post("/api/positions/" + UUID.randomUUID() + "/candidates", body("name", "A", "email", "a@example.com")).expectProblem(404);
        admin.post("/api/positions/" + position + "/candidates", body("name", "A", "email", "not an email")).expectProblem(400);
        admin.post("/api/candidates/" + UUID.randomUUID() + "/stage", body("stage", "SCREENING")).expectProblem(404);
        admin.post("/api/candidates/" + candidate + "/stage", body("stage", "HIRED")).expectProblem(400);
        admin.post("/api/candidates/" + candidate + "/stage", body()).expectProblem(400);
        admin.post("/api/candidates/" + candidate + "/stage", body("stage", "SCREENING"), "If-Match", "\"3\"").expectProblem(412);
        admin.get("/api/candidates/" + UUID.randomUUID()).expectProblem(404);
        admin.get("/api/positions?status=OPENISH").expectProblem(400);
        admin.get("/api/positions?size=0").expectProblem(400);
        admin.get("/api/pipeline?teamId=" + UUID.randomUUID()).expectProblem(400);

        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anIdempotencyKeyMakesOpeningAPositionSafeToRetry() {
        String title = "Engineer " + UUID.randomUUID();
        Map<String, Object> open = body("teamId", checkout, "level", "eng/mid", "title", title, "reason", "Retry me");
        String key = "open-" + UUID.randomUUID();
        UUID first = admin.post("/api/positions", open, "Idempotency-Key", key).expect(201).id();
        UUID retry = admin.post("/api/positions", open, "Idempotency-Key", key).expect(201).id();
        assertThat(retry).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from pipeline_position where title = ?", Long.class, title)).isEqualTo(1);
    }

    @Test
    void anAcceptedOfferBecomesAPersonInThePositionsTeamLevelAndManager() {
        UUID position = approved(checkout, "Senior Engineer");
        String email = "grace." + UUID.randomUUID() + "@example.com";
        Api.Response added = admin.post("/api/positions/" + position + "/candidates", body("name", "Grace Hopper", "email", email,
                "source", "Conference", "effectiveDate", OPENED.plusDays(5), "reason", "Met at a conference")).expect(201);
        UUID candidate = added.id();
        assertThat(added.header("Location")).endsWith("/api/candidates/" + candidate);

        move(candidate, "INTERVIEWING", null).expect(200);
        assertThat(move(candidate, "SCREENING", null).expectProblem(409).json().get("detail").asString()).contains("INTERVIEWING");
        move(candidate, "OFFER", null).expect(200);
        assertThat(move(candidate, "ACCEPTED", null).expectProblem(400).json().get("errors").get(0).get("field").asString())
                .isEqualTo("startDate");
        admin.post("/api/positions/" + position + "/freeze", body("reason", "Budget review")).expect(200);
        assertThat(move(candidate, "ACCEPTED", "2025-09-01").expectProblem(409).json().get("detail").asString()).contains("FROZEN");
        admin.post("/api/positions/" + position + "/unfreeze", body("reason", "Budget agreed")).expect(200);
        move(candidate, "ACCEPTED", "2025-09-01").expect(200);

        JsonNode hired = candidateOnceHired(candidate);
        assertThat(hired.get("hireProblem").isNull()).isTrue();
        assertThat(hired.get("stage").asString()).isEqualTo("ACCEPTED");
        assertThat(hired.get("startDate").asString()).isEqualTo("2025-09-01");
        assertThat(hired.get("stages").valueStream().map(s -> s.get("stage").asString()))
                .containsExactly("SOURCED", "INTERVIEWING", "OFFER", "ACCEPTED");
        assertThat(hired.get("stages").get(0).get("reason").asString()).isEqualTo("Met at a conference");
        assertThat(hired.get("stages").get(3).get("actor").asString()).isEqualTo("admin");
        assertThat(hired.get("stages").get(3).get("at").asString()).isNotBlank();

        UUID personId = UUID.fromString(hired.get("personId").asString());
        JsonNode person = admin.get("/api/people/" + personId).expect(200).json();
        assertThat(person.get("name").asString()).isEqualTo("Grace Hopper");
        assertThat(person.get("email").asString()).isEqualTo(email);
        assertThat(person.get("teamId").asString()).isEqualTo(checkout.toString());
        assertThat(person.get("managerId").asString()).isEqualTo(manager.toString());
        assertThat(person.get("level").asString()).isEqualTo("eng/senior");
        assertThat(person.get("title").asString()).isEqualTo("Senior Engineer");
        assertThat(person.get("startDate").asString()).isEqualTo("2025-09-01");

        JsonNode filled = admin.get("/api/positions/" + position).expect(200).json();
        assertThat(filled.get("status").asString()).isEqualTo("FILLED");
        assertThat(filled.get("filledBy").asString()).isEqualTo(personId.toString());
        assertThat(filled.get("filledByCandidate").asString()).isEqualTo(candidate.toString());
        assertThat(filled.get("filledOn").asString()).isEqualTo("2025-09-01");
        assertThat(filled.get("changes").valueStream().map(c -> c.get("actor").asString()).toList()).endsWith("system");
        admin.post("/api/positions/" + position + "/cancel", body()).expectProblem(409);
        admin.post("/api/positions/" + position + "/candidates", body("name", "Late", "email", "late@example.com")).expectProblem(409);

        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where position(? in convert_from(payload, 'UTF8')) > 0"
                + " or position('Grace Hopper' in convert_from(payload, 'UTF8')) > 0", Long.class, email)).isZero();
    }

    @Test
    void aHireTheOrganisationRefusesLeavesTheProblemOnTheCandidateAndThePositionApproved() {
        UUID doomed = admin.formTeam("Doomed " + UUID.randomUUID(), product, FORMED);
        UUID position = approved(doomed, "Platform Engineer");
        String email = "linus." + UUID.randomUUID() + "@example.com";
        UUID candidate = candidate(position, "Linus Refused", email);
        move(candidate, "OFFER", null).expect(200);
        admin.post("/api/teams/" + doomed + "/dissolve", body("reason", "Merged away")).expect(200);
        long positionVersion = admin.get("/api/positions/" + position).json().get("version").asLong();

        move(candidate, "ACCEPTED", LocalDate.now().plusMonths(1).toString()).expect(200);

        JsonNode refused = candidateOnceHired(candidate);
        assertThat(refused.get("personId").isNull()).isTrue();
        assertThat(refused.get("stage").asString()).isEqualTo("ACCEPTED");
        assertThat(refused.get("hireProblem").asString()).containsIgnoringCase("doomed");
        JsonNode stillApproved = admin.get("/api/positions/" + position).expect(200).json();
        assertThat(stillApproved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(stillApproved.get("version").asLong()).isEqualTo(positionVersion);
        assertThat(jdbc.queryForObject("select count(*) from person_data where email = ?", Long.class, email)).isZero();
        assertThat(admin.get("/api/people?q=" + email).expect(200).json().get("total").asLong()).isZero();

        move(candidate, "OFFER", null).expect(200);
        JsonNode back = admin.get("/api/candidates/" + candidate).expect(200).json();
        assertThat(back.get("stage").asString()).isEqualTo("OFFER");
        assertThat(back.get("hireProblem").isNull()).isTrue();
        move(candidate, "WITHDRAWN", null).expect(200);
    }

    @Test
    void anAcceptanceTheHiringProcessHasNotSeenYetIsHiredOnceItRunsAgain() {
        UUID position = approved(checkout, "Site Reliability Engineer");
        UUID candidate = candidate(position, "Ken Later", "ken." + UUID.randomUUID() + "@example.com");
        move(candidate, "OFFER", null).expect(200);
        EventProcessor hiring = processing.eventProcessor(Hiring.PROCESSOR).orElseThrow();
        hiring.shutDown();
        try {
            move(candidate, "ACCEPTED", "2025-10-01").expect(200);
            JsonNode waiting = admin.get("/api/candidates/" + candidate).expect(200).json();
            assertThat(waiting.get("personId").isNull()).isTrue();
            assertThat(admin.get("/api/positions/" + position).json().get("status").asString()).isEqualTo("APPROVED");
        } finally {
            hiring.start();
        }
        JsonNode hired = candidateOnceHired(candidate);
        assertThat(hired.get("personId").isNull()).isFalse();
        assertThat(admin.get("/api/positions/" + position).json().get("status").asString()).isEqualTo("FILLED");
    }

    @Test
    void aRebuildGivesThePipelinesReadModelsBackRowForRowAndNeverReplaysAHire() {
        UUID position = approved(checkout, "Rebuilt Engineer");
        UUID candidate = candidate(position, "Rita Rebuilt", "rita." + UUID.randomUUID() + "@example.com");
        move(candidate, "OFFER", null).expect(200);
        move(candidate, "ACCEPTED", "2025-11-03").expect(200);
        candidateOnceHired(candidate);
        long hires = jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like '%.PersonHired'", Long.class);
        List<String> tables = List.of("pipeline_position", "pipeline_position_change", "pipeline_candidate", "pipeline_candidate_move");
        Map<String, List<Map<String, Object>>> before = new java.util.HashMap<>();
        tables.forEach(t -> before.put(t, jdbc.queryForList("select * from " + t + " order by 1, 2")));

        assertThat(rebuild.rebuildAll(Duration.ofMinutes(1)).processors()).doesNotContain(Hiring.PROCESSOR);

        tables.forEach(t -> assertThat(jdbc.queryForList("select * from " + t + " order by 1, 2")).as(t).isEqualTo(before.get(t)));
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like '%.PersonHired'", Long.class))
                .isEqualTo(hires);
    }

    @Test
    void theBoardShowsEveryOpenPositionOfATeamAndBelowWithItsCandidatesByStage() {
        UUID growth = admin.formTeam("Growth " + UUID.randomUUID(), null, FORMED);
        UUID payments = admin.formTeam("Payments", growth, FORMED);
        UUID top = approved(growth, "Staff Engineer");
        UUID below = open(payments, "Engineer");
        UUID gone = open(payments, "Cancelled Engineer");
        admin.post("/api/positions/" + gone + "/cancel", body()).expect(200);
        UUID ann = candidate(top, "Ann Board", "ann.board@example.com");
        UUID bob = candidate(top, "Bob Board", "bob.board@example.com");
        move(bob, "INTERVIEWING", null).expect(200);

        JsonNode board = admin.get("/api/pipeline?teamId=" + growth).expect(200).json();
        assertThat(board.get("positions").valueStream().map(p -> p.get("position").get("id").asString()))
                .containsExactlyInAnyOrder(top.toString(), below.toString());
        JsonNode topColumns = board.get("positions").valueStream()
                .filter(p -> p.get("position").get("id").asString().equals(top.toString())).findFirst().orElseThrow().get("candidates");
        assertThat(topColumns.propertyNames()).containsExactly("SOURCED", "SCREENING", "INTERVIEWING", "OFFER", "ACCEPTED",
                "REJECTED", "WITHDRAWN");
        assertThat(topColumns.get("SOURCED").valueStream().map(c -> c.get("name").asString())).containsExactly("Ann Board");
        assertThat(topColumns.get("INTERVIEWING").valueStream().map(c -> c.get("id").asString())).containsExactly(bob.toString());
        assertThat(topColumns.get("SOURCED").get(0).get("id").asString()).isEqualTo(ann.toString());

        JsonNode payBoard = admin.get("/api/pipeline?teamId=" + payments).expect(200).json();
        assertThat(payBoard.get("positions").valueStream().map(p -> p.get("position").get("id").asString()))
                .containsExactly(below.toString());
        assertThat(List.of(admin.get("/api/pipeline").expect(200).json().get("positions").size())).allMatch(n -> n >= 2);
    }

    @Test
    void anApprovedPositionStandsOnTheOrgChartAsAPlaceholderFromItsApprovalUntilItIsCancelledAndCountsAsNobody() {
        UUID team = admin.formTeam("Chart Placeholders " + UUID.randomUUID(), null, FORMED);
        UUID position = approved(team, "Senior Engineer");
        LocalDate approvedOn = OPENED.plusDays(3);
        admin.post("/api/positions/" + position + "/cancel", body("effectiveDate", approvedOn.plusDays(60), "reason", "Budget cut"))
                .expect(200);

        assertThat(placeholdersOf(team, OPENED.plusDays(1))).isEmpty();
        List<JsonNode> open = placeholdersOf(team, approvedOn.plusDays(34));
        assertThat(open).hasSize(1);
        JsonNode box = open.get(0);
        assertThat(box.get("id").asString()).isEqualTo(position.toString());
        assertThat(box.get("kind").asString()).isEqualTo("OPEN_POSITION");
        assertThat(box.get("managerId").asString()).isEqualTo(manager.toString());
        assertThat(box.get("level").asString()).isEqualTo("eng/senior");
        assertThat(box.get("label").asString() + ", " + box.get("detail").asString())
                .isEqualTo("Open: Senior Engineer, approved 34 days ago");
        assertThat(box.get("since").asString()).isEqualTo(approvedOn.toString());
        assertThat(placeholdersOf(team, approvedOn.plusDays(59))).hasSize(1);
        assertThat(placeholdersOf(team, approvedOn.plusDays(60))).isEmpty();

        JsonNode chart = admin.get("/api/org-chart?asOf=" + approvedOn.plusDays(34) + "&rootTeamId=" + team).expect(200).json();
        assertThat(chart.get("people").size()).isZero();
        assertThat(chart.get("placeholders").size()).isEqualTo(1);
        JsonNode elsewhere = admin.get("/api/org-chart?asOf=" + approvedOn.plusDays(34) + "&rootTeamId=" + checkout).expect(200).json();
        assertThat(elsewhere.get("placeholders").valueStream().map(p -> p.get("id").asString())).doesNotContain(position.toString());
    }

    private List<JsonNode> placeholdersOf(UUID team, LocalDate asOf) {
        return admin.get("/api/org-chart?asOf=" + asOf).expect(200).json().get("placeholders").valueStream()
                .filter(p -> p.get("teamId").asString().equals(team.toString())).toList();
    }
}
