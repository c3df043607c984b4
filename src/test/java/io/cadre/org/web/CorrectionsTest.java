package io.cadre.org.web;

import static io.cadre.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cadre.platform.projection.ProcessorStatus;
import io.cadre.support.Api;
import io.cadre.support.EventLog;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/corrections} retracts a recorded change: views as effective fold as if it had never been made, views as
 * recorded before still show it, the audit timeline shows both; a retraction a later fact depends on is refused, naming it.
 */
@IntegrationTest
class CorrectionsTest {

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessorStatus processors;

    @Test
    void aRetractedTransferIsGoneFromTodaysViewsAndStillInWhatWasKnownBefore() {
        Api admin = Api.asAdmin(port);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID org = admin.formTeam("Org " + tag, null, today.minusYears(1));
        UUID payments = admin.formTeam("Payments " + tag, org, today.minusYears(1));
        UUID search = admin.formTeam("Search " + tag, org, today.minusYears(1));
        UUID data = admin.formTeam("Data " + tag, org, today.minusYears(1));
        UUID alice = admin.hire("Alice " + tag, payments, null, today.minusMonths(6));
        admin.post("/api/people/" + alice + "/transfer", body("teamId", search, "effectiveDate", today.minusMonths(1),
                "reason", "Joins Search")).expect(200);
        Instant knownWithTheMistake = Instant.now();
        UUID transfer = eventOf(admin, alice, "PERSON_TRANSFERRED");

        JsonNode corrected = admin.post("/api/corrections", body("eventId", transfer, "reason", "Entered for the wrong person"))
                .expect(200).json();
        assertThat(corrected.get("id").asString()).isEqualTo(alice.toString());

        assertThat(teamOf(admin.get("/api/org-chart?rootTeamId=" + org).expect(200).json(), alice)).isEqualTo(payments.toString());
        assertThat(admin.get("/api/people/" + alice).expect(200).json().get("teamId").asString()).isEqualTo(payments.toString());
        assertThat(teamOf(admin.get("/api/org-chart?rootTeamId=" + org + "&recordedAt=" + knownWithTheMistake).expect(200).json(), alice))
                .isEqualTo(search.toString());
        assertThat(admin.get("/api/people/" + alice + "?recordedAt=" + knownWithTheMistake).expect(200).json().get("teamId").asString())
                .isEqualTo(search.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> processors.lag("reports") == 0);
        assertThat(count(admin.get("/api/reports/headcount?by=team&rootTeamId=" + org).expect(200).json(), payments)).isEqualTo(1);
        assertThat(count(admin.get("/api/reports/headcount?by=team&rootTeamId=" + org + "&recordedAt=" + knownWithTheMistake)
                .expect(200).json(), payments)).isZero();

        // The audit timeline keeps the transfer and shows its retraction, linked to it.
        JsonNode retraction = eventEntry(admin, alice, "CHANGE_RETRACTED");
        assertThat(retraction.get("after").get("retractedEventId").asString()).isEqualTo(transfer.toString());
        assertThat(retraction.get("after").get("teamId").asString()).isEqualTo(payments.toString());
        assertThat(retraction.get("reason").asString()).isEqualTo("Entered for the wrong person");
        assertThat(eventOf(admin, alice, "PERSON_TRANSFERRED")).isEqualTo(transfer);

        // The right transfer is then recorded as any other change.
        admin.post("/api/people/" + alice + "/transfer", body("teamId", data, "effectiveDate", today.minusMonths(1))).expect(200);
        assertThat(teamOf(admin.get("/api/org-chart?rootTeamId=" + org).expect(200).json(), alice)).isEqualTo(data.toString());
    }

    /**
     * A retracted team move puts the team back under its former parent in the audit timeline too: a later change in the
     * team is found under the former parent's filter, not the retracted one's.
     */
    @Test
    void aRetractedTeamMovePlacesTheTeamBackForTheAuditTimeline() {
        Api admin = Api.asAdmin(port);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID sales = admin.formTeam("Sales " + tag, null, today.minusYears(1));
        UUID marketing = admin.formTeam("Marketing " + tag, null, today.minusYears(1));
        UUID events = admin.formTeam("Events " + tag, sales, today.minusYears(1));
        admin.post("/api/teams/" + events + "/move", body("parentId", marketing, "effectiveDate", today.minusMonths(2))).expect(200);
        admin.post("/api/corrections", body("eventId", storedEvent(events, "TeamMoved", 0), "reason", "Moved the wrong team"))
                .expect(200);
        UUID dana = admin.hire("Dana " + tag, events, null, today.minusMonths(1));

        eventEntry(admin, dana, "PERSON_HIRED");
        assertThat(admin.get("/api/audit?type=PERSON_HIRED&teamId=" + sales).expect(200).json().get("total").asInt())
                .as("the hire under the team's former parent").isEqualTo(1);
        assertThat(admin.get("/api/audit?type=PERSON_HIRED&teamId=" + marketing).expect(200).json().get("total").asInt())
                .as("the hire under the retracted parent").isZero();
    }

    @Test
    void aRetractionALaterFactDependsOnIsRefusedAndRecordsNothing() {
        Api admin = Api.asAdmin(port);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID org = admin.formTeam("Org " + tag, null, today.minusYears(1));
        UUID bob = admin.hire("Bob " + tag, org, null, today.minusMonths(6));
        UUID carol = admin.hire("Carol " + tag, org, bob, today.minusMonths(3));
        admin.post("/api/people/" + bob + "/title", body("title", "Lead", "effectiveDate", today.minusMonths(2))).expect(200);
        admin.post("/api/people/" + bob + "/title", body("title", "Head", "effectiveDate", today.minusMonths(1))).expect(200);
        UUID firstTitle = storedEvent(bob, "TitleChanged", 0);
        UUID secondTitle = storedEvent(bob, "TitleChanged", 1);
        UUID bobsHire = storedEvent(bob, "PersonHired", 0);
        long before = EventLog.size(jdbc);

        String later = admin.post("/api/corrections", body("eventId", firstTitle, "reason", "Typo")).expectProblem(409)
                .json().get("detail").asString();
        assertThat(later).contains(secondTitle.toString());
        assertThat(admin.post("/api/corrections", body("eventId", bobsHire, "reason", "Never joined")).expectProblem(409)
                .json().get("detail").asString()).contains(firstTitle.toString());
        admin.post("/api/corrections", body("eventId", UUID.randomUUID(), "reason", "Unknown")).expectProblem(404);
        admin.post("/api/corrections", body("eventId", secondTitle)).expectProblem(400);
        admin.post("/api/corrections", body("reason", "No event")).expectProblem(400);
        admin.post("/api/corrections", body("eventId", "not-an-id", "reason", "Bad")).expectProblem(400);
        admin.post("/api/corrections", "{\"eventId\":\"" + secondTitle + "\",\"reason\":\"x\",\"effectiveDate\":\"2027-01-01\"}")
                .expectProblem(400);
        assertThat(EventLog.size(jdbc)).isEqualTo(before);

        admin.post("/api/corrections", body("eventId", secondTitle, "reason", "Not decided yet")).expect(200);
        assertThat(admin.get("/api/people/" + bob).expect(200).json().get("title").asString()).isEqualTo("Lead");
        long after = EventLog.size(jdbc);
        admin.post("/api/corrections", body("eventId", secondTitle, "reason", "Again")).expectProblem(409);
        UUID retraction = storedEvent(bob, "ChangeRetracted", 0);
        admin.post("/api/corrections", body("eventId", retraction, "reason", "Undo the undo")).expectProblem(409);
        assertThat(EventLog.size(jdbc)).isEqualTo(after);

        // With his titles retracted, his hire is what Carol's reporting line depends on; once she reports to nobody, it may go.
        admin.post("/api/corrections", body("eventId", firstTitle, "reason", "Typo")).expect(200);
        assertThat(admin.post("/api/corrections", body("eventId", bobsHire, "reason", "Never joined")).expectProblem(409)
                .json().get("detail").asString()).contains("Carol " + tag);
        admin.post("/api/people/" + carol + "/manager", body("managerId", null, "effectiveDate", today.minusMonths(3))).expect(200);
        admin.post("/api/corrections", body("eventId", bobsHire, "reason", "Never joined")).expect(200);
        admin.get("/api/people/" + bob).expectProblem(404);
        assertThat(admin.get("/api/org-chart?rootTeamId=" + org).expect(200).json().get("people").toString()).doesNotContain(bob.toString());
    }

    @Test
    void onlyHrAndAdministratorsRetract() {
        Api admin = Api.asAdmin(port);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID org = admin.formTeam("Org " + tag, null, today.minusYears(1));
        UUID dan = admin.hire("Dan " + tag, org, null, today.minusMonths(6));
        admin.post("/api/people/" + dan + "/title", body("title", "Lead", "effectiveDate", today.minusMonths(2))).expect(200);
        UUID title = storedEvent(dan, "TitleChanged", 0);
        admin.post("/api/users", java.util.Map.of("username", "director-" + tag, "password", "director-password-1",
                "roles", java.util.List.of("DIRECTOR"))).expect(201);
        Api.as(port, "director-" + tag, "director-password-1").post("/api/corrections", body("eventId", title, "reason", "No"))
                .expectProblem(403);
        admin.post("/api/users", java.util.Map.of("username", "hr-" + tag, "password", "hr-password-12",
                "roles", java.util.List.of("HR"))).expect(201);
        Api.as(port, "hr-" + tag, "hr-password-12").post("/api/corrections", body("eventId", title, "reason", "Yes")).expect(200);
    }

    /** The id of the subject's {@code n}-th stored event of that type, in the order recorded. */
    private UUID storedEvent(UUID subject, String type, int n) {
        return UUID.fromString(jdbc.queryForList("select event_identifier from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like ? order by sequence_number", String.class, subject.toString(), "%." + type).get(n));
    }

    private UUID eventOf(Api api, UUID person, String type) {
        return UUID.fromString(eventEntry(api, person, type).get("eventId").asString());
    }

    private JsonNode eventEntry(Api api, UUID person, String type) {
        JsonNode page = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/audit?personId=" + person + "&type=" + type)
                .expect(200).json(), json -> json.get("total").asInt() > 0);
        return page.get("items").get(0);
    }

    private static String teamOf(JsonNode chart, UUID person) {
        for (JsonNode p : chart.get("people")) {
            if (p.get("id").asString().equals(person.toString())) {
                return p.get("teamId").asString();
            }
        }
        return null;
    }

    private static int count(JsonNode report, UUID team) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("key").asString().equals(team.toString())) {
                return row.get("count").asInt();
            }
        }
        return -1;
    }
}
