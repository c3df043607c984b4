package io.cadre.pipeline.web;

import static io.cadre.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.ladder.Ladders;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.platform.replay.ProjectionRebuild;
import io.cadre.support.Api;
import io.cadre.support.EventLog;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
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
 * Promotion cases and calibration sessions through the REST API (product.md §7.1) on a database of its own where a small
 * ladder is published: who may nominate, what a target may be, the ladder version recorded, calibration with every change
 * kept, and a decision that changes the person's level through the organisation, or records nothing when it refuses.
 */
@IntegrationTest
@TestPropertySource(properties = "cadre.test.context=promotion-api")
class PromotionApiTest {

    private static final LocalDate FORMED = LocalDate.of(2024, 1, 1);
    private static final String PASSWORD = "long-enough-password";

    private static UUID product;
    private static UUID checkout;
    private static UUID director;
    private static UUID manager;
    private static UUID otherManager;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
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
            UUID search = admin.formTeam("Search", product, FORMED);
            director = hire("Dana Director", product, null, "eng/staff");
            admin.post("/api/teams/" + product + "/lead", body("personId", director, "effectiveDate", FORMED)).expect(200);
            manager = hire("Mia Manager", checkout, director, "eng/lead");
            otherManager = hire("Otto Other", search, director, "eng/lead");
            user("promo-director", "DIRECTOR", director);
            user("promo-manager", "MANAGER", manager);
            user("promo-other", "MANAGER", otherManager);
        }
    }

    private UUID hire(String name, UUID team, UUID managerId, String level) {
        return admin.post("/api/people", body("name", name, "email", name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID()
                + "@example.com", "title", "Engineer", "teamId", team, "managerId", managerId, "level", level, "startDate", FORMED))
                .expect(201).id();
    }

    private void user(String username, String role, UUID person) {
        admin.post("/api/users", Map.of("username", username, "password", PASSWORD, "roles", List.of(role), "personId",
                person.toString())).expect(201);
    }

    private UUID engineer(String name, String level) {
        return hire(name + " " + UUID.randomUUID().toString().substring(0, 6), checkout, manager, level);
    }

    private static Map<String, Object> nomination(UUID person, String target, String area) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", person == null ? null : person.toString());
        body.put("targetLevel", target);
        body.put("evidence", List.of(Map.of("area", area, "text", "Led the checkout rewrite")));
        body.put("effectiveDate", FORMED.plusMonths(6).toString());
        body.put("reason", "Ready for the next step");
        return body;
    }

    private UUID nominate(Api as, UUID person, String target) {
        return as.post("/api/promotions", nomination(person, target, "craft")).expect(201).id();
    }

    private UUID calibrate(String name, UUID... promotions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("date", FORMED.plusMonths(7).toString());
        body.put("promotionIds", List.of(promotions).stream().map(UUID::toString).toList());
        body.put("effectiveDate", FORMED.plusMonths(7).toString());
        return admin.post("/api/calibrations", body).expect(201).id();
    }

    private JsonNode promotion(UUID id) {
        return admin.get("/api/promotions/" + id).expect(200).json();
    }

    @Test
    void aNominationRecordsTheLevelsTheKindTheEvidenceAndTheLadderVersionInForce() {
        UUID eve = engineer("Eve", "eng/mid");
        Api.Response created = admin.post("/api/promotions", nomination(eve, "eng/senior", "craft")).expect(201);
        assertThat(created.header("Location")).endsWith("/api/promotions/" + created.id());

        JsonNode nominated = promotion(created.id());
        assertThat(nominated.get("personId").asString()).isEqualTo(eve.toString());
        assertThat(nominated.get("fromLevel").asString()).isEqualTo("eng/mid");
        assertThat(nominated.get("targetLevel").asString()).isEqualTo("eng/senior");
        assertThat(nominated.get("kind").asString()).isEqualTo("PROMOTION");
        assertThat(nominated.get("ladderVersion").asInt()).isEqualTo(1);
        assertThat(nominated.get("status").asString()).isEqualTo("NOMINATED");
        assertThat(nominated.get("evidence").get(0).get("area").asString()).isEqualTo("craft");
        assertThat(nominated.get("evidence").get(0).get("text").asString()).isEqualTo("Led the checkout rewrite");
        assertThat(nominated.get("calibrationLog").size()).isZero();
        assertThat(nominated.get("decision").isNull()).isTrue();

        assertThat(admin.get("/api/promotions?status=NOMINATED&personId=" + eve).expect(200).json().get("total").asLong()).isEqualTo(1);
        assertThat(admin.get("/api/promotions?status=APPROVED&personId=" + eve).expect(200).json().get("total").asLong()).isZero();
        assertThat(admin.post("/api/promotions", nomination(eve, "eng/staff", "craft")).expectProblem(409).json().get("detail")
                .asString()).contains("already has an open promotion case");
    }

    @Test
    void badNominationsAreRefusedWithTheFieldNamedAndRecordNothing() {
        UUID eve = engineer("Eve", "eng/mid");
        long before = EventLog.size(jdbc);
        Map<String, Object> noEvidence = nomination(eve, "eng/senior", "craft");
        noEvidence.put("evidence", List.of());
        assertField(admin.post("/api/promotions", noEvidence), "evidence");
        assertField(admin.post("/api/promotions", nomination(UUID.randomUUID(), "eng/senior", "craft")), "personId");
        assertField(admin.post("/api/promotions", nomination(null, "eng/senior", "craft")), "personId");
        assertField(admin.post("/api/promotions", nomination(eve, "eng/junior", "craft")), "targetLevel");
        assertField(admin.post("/api/promotions", nomination(eve, "eng/mid", "craft")), "targetLevel");
        assertField(admin.post("/api/promotions", nomination(eve, "eng/nowhere", "craft")), "targetLevel");
        assertField(admin.post("/api/promotions", nomination(eve, "other/senior", "craft")), "targetLevel");
        assertField(admin.post("/api/promotions", nomination(eve, "eng/senior", "cooking")), "evidence[0].area");
        Map<String, Object> blankText = nomination(eve, "eng/senior", "craft");
        blankText.put("evidence", List.of(Map.of("area", "craft", "text", " ")));
        assertField(admin.post("/api/promotions", blankText), "evidence[0].text");
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
        admin.get("/api/promotions/" + UUID.randomUUID()).expectProblem(404);
        admin.post("/api/promotions/" + UUID.randomUUID() + "/decide", body("decision", "DENIED", "reason", "No")).expectProblem(404);
    }

    private static void assertField(Api.Response response, String field) {
        JsonNode problem = response.expectProblem(400).json();
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString())).as(problem.toString()).contains(field);
    }

    @Test
    void theManagerOrADirectorAboveMayNominateButNotAnotherManagerNorAnEmployee() {
        UUID eve = engineer("Eve", "eng/mid");
        UUID sam = engineer("Sam", "eng/mid");
        // Creating a user is itself an event: the employee's account is made before counting.
        user("promo-eve-" + eve.toString().substring(0, 6), "EMPLOYEE", eve);
        long before = EventLog.size(jdbc);
        Api other = Api.as(port, "promo-other", PASSWORD);
        assertThat(other.post("/api/promotions", nomination(eve, "eng/senior", "craft")).expectProblem(403).json().get("detail")
                .asString()).contains("manager, a director above them, HR or an admin");
        Api.as(port, "promo-eve-" + eve.toString().substring(0, 6), PASSWORD).post("/api/promotions",
                nomination(eve, "eng/senior", "craft")).expectProblem(403);
        assertThat(EventLog.size(jdbc)).isEqualTo(before);

        Api mia = Api.as(port, "promo-manager", PASSWORD);
        UUID byManager = nominate(mia, eve, "eng/senior");
        assertThat(mia.get("/api/promotions/" + byManager).expect(200).json().get("status").asString()).isEqualTo("NOMINATED");
        other.get("/api/promotions/" + byManager).expectProblem(403);
        assertThat(other.get("/api/promotions?personId=" + eve).expect(200).json().get("total").asLong()).isZero();
        UUID byDirector = nominate(Api.as(port, "promo-director", PASSWORD), sam, "eng/lead");
        assertThat(promotion(byDirector).get("kind").asString()).isEqualTo("PROMOTION");
        // The manager may not decide: that is HR's.
        mia.post("/api/promotions/" + byManager + "/decide", body("decision", "APPROVED", "reason", "Yes")).expectProblem(403);
    }

    @Test
    void aCalibrationSessionKeepsEveryChangeOfARecommendationWithWhoAndWhy() {
        UUID eve = nominate(admin, engineer("Eve", "eng/mid"), "eng/senior");
        UUID sam = nominate(admin, engineer("Sam", "eng/senior"), "eng/staff");
        UUID session = calibrate("Spring cycle", eve, sam);
        assertThat(promotion(eve).get("status").asString()).isEqualTo("IN_CALIBRATION");
        assertThat(promotion(eve).get("sessionId").asString()).isEqualTo(session.toString());

        long before = EventLog.size(jdbc);
        Map<String, Object> again = new LinkedHashMap<>();
        again.put("name", "Twice");
        again.put("date", FORMED.plusMonths(8).toString());
        again.put("promotionIds", List.of(sam.toString()));
        assertThat(admin.post("/api/calibrations", again).expectProblem(409).json().get("detail").asString()).contains(sam.toString())
                .contains("IN_CALIBRATION");
        again.put("promotionIds", List.of(UUID.randomUUID().toString()));
        assertField(admin.post("/api/calibrations", again), "promotionIds[0]");
        assertThat(EventLog.size(jdbc)).isEqualTo(before);

        String path = "/api/calibrations/" + session + "/recommendations";
        admin.post(path, body("promotionId", eve, "recommendation", "APPROVE", "reason", "Strong evidence")).expect(200);
        Api.as(port, "promo-director", PASSWORD).post(path, body("promotionId", eve, "recommendation", "DEFER",
                "reason", "Needs one more quarter")).expect(200);
        assertField(admin.post(path, body("promotionId", eve, "recommendation", "DENY")), "reason");
        assertField(admin.post(path, body("promotionId", UUID.randomUUID(), "recommendation", "DENY", "reason", "x")), "promotionId");
        assertField(admin.post(path, body("promotionId", eve, "recommendation", "MAYBE", "reason", "x")), "recommendation");
        admin.post(path, body("promotionId", eve, "recommendation", "DEFER", "reason", "Same again")).expectProblem(409);
        Api.as(port, "promo-manager", PASSWORD).post(path, body("promotionId", eve, "recommendation", "DENY", "reason", "x"))
                .expectProblem(403);
        admin.post("/api/calibrations/" + UUID.randomUUID() + "/recommendations",
                body("promotionId", eve, "recommendation", "DENY", "reason", "x")).expectProblem(404);
        admin.get("/api/calibrations/" + UUID.randomUUID()).expectProblem(404);

        JsonNode details = admin.get("/api/calibrations/" + session).expect(200).json();
        assertThat(details.get("name").asString()).isEqualTo("Spring cycle");
        assertThat(details.get("cases").size()).isEqualTo(2);
        JsonNode log = details.get("log");
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.get(0).get("from").isNull()).isTrue();
        assertThat(log.get(0).get("to").asString()).isEqualTo("APPROVE");
        assertThat(log.get(0).get("actor").asString()).isEqualTo("admin");
        assertThat(log.get(0).get("reason").asString()).isEqualTo("Strong evidence");
        assertThat(log.get(1).get("from").asString()).isEqualTo("APPROVE");
        assertThat(log.get(1).get("to").asString()).isEqualTo("DEFER");
        assertThat(log.get(1).get("actor").asString()).isEqualTo("promo-director");
        assertThat(log.get(1).get("at").asString()).isNotBlank();
        JsonNode caseLog = promotion(eve).get("calibrationLog");
        assertThat(caseLog.size()).isEqualTo(2);
        assertThat(promotion(eve).get("recommendation").asString()).isEqualTo("DEFER");
    }

    @Test
    void calibrationSessionsAreListedLatestFirstInPagesAndAsCsvWithTheCasesTheAskerMaySee() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID ann = nominate(admin, engineer("Ann", "eng/mid"), "eng/senior");
        UUID bob = nominate(admin, engineer("Bob", "eng/mid"), "eng/senior");
        UUID earliest = session("Earliest " + tag, FORMED.plusMonths(5), ann);
        UUID latest = session("Latest " + tag, FORMED.plusYears(2), bob);

        JsonNode first = admin.get("/api/calibrations?size=1").expect(200).json();
        long total = first.get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(1);
        JsonNode top = first.get("items").get(0);
        assertThat(top.get("id").asString()).isEqualTo(latest.toString());
        assertThat(top.get("name").asString()).isEqualTo("Latest " + tag);
        assertThat(top.get("date").asString()).isEqualTo(FORMED.plusYears(2).toString());
        assertThat(top.get("cases").asInt()).isEqualTo(1);
        assertThat(top.get("openCases").asInt()).isEqualTo(1);
        assertThat(top.get("version").isNumber()).isTrue();
        JsonNode last = admin.get("/api/calibrations?size=1&page=" + (total - 1)).expect(200).json().get("items");
        assertThat(last.get(0).get("id").asString()).isEqualTo(earliest.toString());
        assertThat(admin.get("/api/calibrations?page=" + total).expect(200).json().get("items")).isEmpty();
        assertThat(admin.get("/api/calibrations").expect(200).json().get("items").size()).isEqualTo((int) Math.min(total, 20));

        admin.post("/api/promotions/" + bob + "/decide", body("decision", "DENIED", "effectiveDate", FORMED.plusYears(2).toString(),
                "reason", "Not yet")).expect(200);
        assertThat(admin.get("/api/calibrations?size=1").json().get("items").get(0).get("openCases").asInt()).isZero();
        // Bob reports to Mia: she sees his case in the session; another manager sees the session without it.
        assertThat(Api.as(port, "promo-manager", PASSWORD).get("/api/calibrations?size=1").expect(200).json().get("items").get(0)
                .get("cases").asInt()).isEqualTo(1);
        assertThat(Api.as(port, "promo-other", PASSWORD).get("/api/calibrations?size=1").expect(200).json().get("items").get(0)
                .get("cases").asInt()).isZero();

        Api.Response csv = admin.get("/api/calibrations?size=1&format=csv").expect(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).hasSize(2).first().isEqualTo("id,name,date,cases,openCases,version");
        assertThat(csv.body().lines().skip(1).findFirst().orElseThrow()).startsWith(latest + ",Latest " + tag + "," + FORMED.plusYears(2) + ",1,0,");

        assertField(admin.get("/api/calibrations?page=-1"), "page");
        assertField(admin.get("/api/calibrations?size=0"), "size");
        assertField(admin.get("/api/calibrations?size=201"), "size");
        assertField(admin.get("/api/calibrations?format=xml"), "format");
        assertThat(admin.get("/api/calibrations?page=first").status()).isEqualTo(400);
    }

    private UUID session(String name, LocalDate date, UUID... promotions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("date", date.toString());
        body.put("promotionIds", List.of(promotions).stream().map(UUID::toString).toList());
        body.put("effectiveDate", FORMED.plusMonths(7).toString());
        return admin.post("/api/calibrations", body).expect(201).id();
    }

    @Test
    void anApprovalChangesThePersonsLevelOnItsDateWithTheCaseAsTheReason() {
        UUID eve = engineer("Eve", "eng/mid");
        UUID promotion = nominate(admin, eve, "eng/senior");
        calibrate("Summer cycle", promotion);
        LocalDate on = FORMED.plusMonths(8);
        admin.post("/api/promotions/" + promotion + "/decide", body("decision", "APPROVED", "effectiveDate", on,
                "reason", "Calibrated and approved")).expect(200);

        JsonNode decided = promotion(promotion);
        assertThat(decided.get("status").asString()).isEqualTo("APPROVED");
        assertThat(decided.get("decision").get("decision").asString()).isEqualTo("APPROVED");
        assertThat(decided.get("decision").get("effectiveDate").asString()).isEqualTo(on.toString());
        assertThat(decided.get("decision").get("reason").asString()).isEqualTo("Calibrated and approved");
        assertThat(admin.get("/api/people/" + eve).expect(200).json().get("level").asString()).isEqualTo("eng/senior");
        JsonNode history = admin.get("/api/people/" + eve + "/history").expect(200).json();
        JsonNode change = history.valueStream().filter(h -> h.toString().contains("eng/senior") && h.toString().contains("PROMOTION"))
                .findFirst().orElseThrow(() -> new AssertionError(history.toString()));
        assertThat(change.toString()).contains(on.toString()).contains("Promotion case " + promotion).contains("ladder version 1");

        long before = EventLog.size(jdbc);
        assertThat(admin.post("/api/promotions/" + promotion + "/decide", body("decision", "DENIED", "reason", "Again"))
                .expectProblem(409).json().get("detail").asString()).contains("APPROVED");
        admin.post("/api/promotions/" + promotion + "/withdraw", body("reason", "Late")).expectProblem(409);
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
    }

    @Test
    void aFutureApprovalTakesEffectOnItsDateAndACrossTrackTargetIsATrackSwitch() {
        UUID sam = engineer("Sam", "eng/senior");
        UUID promotion = nominate(admin, sam, "eng/lead");
        assertThat(promotion(promotion).get("kind").asString()).isEqualTo("TRACK_SWITCH");
        LocalDate on = LocalDate.now().plusDays(30);
        admin.post("/api/promotions/" + promotion + "/decide", body("decision", "APPROVED", "effectiveDate", on, "reason", "Wants to lead"))
                .expect(200);
        assertThat(admin.get("/api/people/" + sam).expect(200).json().get("level").asString()).isEqualTo("eng/senior");
        JsonNode later = admin.get("/api/org-chart?asOf=" + on).expect(200).json().get("people");
        assertThat(later.valueStream().filter(p -> p.get("id").asString().equals(sam.toString())).findFirst().orElseThrow()
                .get("level").asString()).isEqualTo("eng/lead");
    }

    @Test
    void whenTheOrganisationRefusesTheLevelChangeNothingOfTheDecisionIsRecorded() {
        UUID leaver = engineer("Lee", "eng/mid");
        UUID promotion = nominate(admin, leaver, "eng/senior");
        admin.post("/api/people/" + leaver + "/leave", body("kind", "VOLUNTARY", "effectiveDate", FORMED.plusMonths(9),
                "reason", "Moved on")).expect(200);
        long before = EventLog.size(jdbc);
        admin.post("/api/promotions/" + promotion + "/decide", body("decision", "APPROVED", "effectiveDate", FORMED.plusMonths(10),
                "reason", "Too late")).expectProblem(409);
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
        assertThat(promotion(promotion).get("status").asString()).isEqualTo("NOMINATED");

        admin.post("/api/promotions/" + promotion + "/withdraw", body("reason", "Left the company")).expect(200);
        JsonNode withdrawn = promotion(promotion);
        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("decision").get("reason").asString()).isEqualTo("Left the company");
        admin.post("/api/promotions/" + promotion + "/decide", body("decision", "DENIED", "reason", "No")).expectProblem(409);
    }

    @Test
    void aRebuildGivesThePromotionReadModelsBackRowForRowAndChangesNoLevelAgain() {
        UUID eve = nominate(admin, engineer("Eve", "eng/mid"), "eng/senior");
        UUID sam = nominate(admin, engineer("Sam", "eng/senior"), "eng/lead");
        UUID session = calibrate("Rebuilt cycle", eve, sam);
        admin.post("/api/calibrations/" + session + "/recommendations", body("promotionId", eve, "recommendation", "APPROVE",
                "reason", "Ready")).expect(200);
        admin.post("/api/promotions/" + eve + "/decide", body("decision", "APPROVED", "effectiveDate", FORMED.plusMonths(8),
                "reason", "Approved")).expect(200);
        admin.post("/api/promotions/" + sam + "/withdraw", body("reason", "Changed their mind")).expect(200);
        long levelChanges = jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like '%.LevelChanged'",
                Long.class);
        List<String> tables = List.of("promotion", "promotion_evidence", "calibration", "calibration_change");
        Map<String, List<Map<String, Object>>> before = new java.util.HashMap<>();
        tables.forEach(t -> before.put(t, jdbc.queryForList("select * from " + t + " order by 1, 2")));

        rebuild.rebuildAll(Duration.ofMinutes(1));

        tables.forEach(t -> assertThat(jdbc.queryForList("select * from " + t + " order by 1, 2")).as(t).isEqualTo(before.get(t)));
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like '%.LevelChanged'", Long.class))
                .isEqualTo(levelChanges);
    }
}
