package io.cadre.audit.web;

import static io.cadre.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cadre.ladder.Ladders;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A hire the hiring process makes names its cause: the person's hire, the position filled and the candidate hired carry
 * the acceptance's event id as their {@code causationId} and share its {@code correlationId}, and the actor is {@code system}.
 */
@IntegrationTest
@TestPropertySource(properties = "cadre.test.context=audit")
class HiringCauseTest {

    private static final LocalDate FORMED = LocalDate.of(2025, 1, 6);

    @LocalServerPort
    int port;

    @Test
    void anAcceptedCandidatesHireNamesTheAcceptanceAsItsCause() {
        Api admin = Api.asAdmin(port);
        String code = "cause" + UUID.randomUUID().toString().substring(0, 6);
        admin.postRaw("/api/ladders/import?publish=true&reason=Adopt", "application/json",
                LadderFormat.write(Ladders.small(code), LadderFormat.Syntax.JSON)).expect(201);
        UUID team = admin.formTeam("Hiring team " + code, null, FORMED);
        UUID manager = admin.post("/api/people", body("name", "Mia Manager", "email", code + ".mia@example.com", "title", "Manager",
                "teamId", team, "level", code + "/lead", "startDate", FORMED)).expect(201).id();
        UUID position = admin.post("/api/positions", body("teamId", team, "level", code + "/senior", "title", "Senior Engineer",
                "managerId", manager, "effectiveDate", FORMED.plusDays(1), "reason", "The team grows")).expect(201).id();
        admin.post("/api/positions/" + position + "/approve", body("reason", "Budgeted")).expect(200);
        UUID candidate = admin.post("/api/positions/" + position + "/candidates", body("name", "Grace Hopper",
                "email", code + ".grace@example.com", "source", "Referral")).expect(201).id();
        admin.post("/api/candidates/" + candidate + "/stage", body("stage", "OFFER", "reason", "Great interviews")).expect(200);
        admin.post("/api/candidates/" + candidate + "/stage", body("stage", "ACCEPTED", "startDate", "2025-09-01",
                "reason", "Signed")).expect(200);

        JsonNode hired = await("the hire to reach the audit timeline").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> admin.get("/api/audit?teamId=" + team + "&type=PERSON_HIRED,CANDIDATE_ACCEPTED,POSITION_FILLED,CANDIDATE_HIRED")
                        .expect(200).json(), page -> page.get("total").asInt() >= 5);
        JsonNode accepted = only(hired, "CANDIDATE_ACCEPTED");
        JsonNode person = hired.get("items").valueStream()
                .filter(e -> e.get("type").asString().equals("PERSON_HIRED") && e.get("subject").asString().equals("Grace Hopper"))
                .findFirst().orElseThrow();
        assertThat(accepted.get("actor").asString()).isEqualTo("admin");
        assertThat(accepted.get("causationId").isNull()).isTrue();
        assertThat(person.get("actor").asString()).isEqualTo("system");
        assertThat(person.get("summary").asString()).startsWith("Grace Hopper joined Hiring team " + code + " as Senior Engineer");
        for (JsonNode caused : java.util.List.of(person, only(hired, "POSITION_FILLED"), only(hired, "CANDIDATE_HIRED"))) {
            assertThat(caused.get("causationId").asString()).as(caused.get("type").asString())
                    .isEqualTo(accepted.get("eventId").asString());
            assertThat(caused.get("correlationId").asString()).isEqualTo(accepted.get("correlationId").asString());
        }
        // The acceptance itself, and what it caused, are found by the person hired.
        JsonNode byPerson = admin.get("/api/audit?personId=" + person.get("subjectId").asString()).expect(200).json();
        assertThat(byPerson.get("items").valueStream().map(e -> e.get("type").asString()))
                .contains("PERSON_HIRED", "POSITION_FILLED", "CANDIDATE_HIRED");
    }

    private static JsonNode only(JsonNode page, String type) {
        return page.get("items").valueStream().filter(e -> e.get("type").asString().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + type + " in " + page));
    }
}
