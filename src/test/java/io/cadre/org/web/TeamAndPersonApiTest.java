package io.cadre.org.web;

import static org.assertj.core.api.Assertions.assertThat;
import static io.cadre.support.Api.body;

import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The team and people calls of the REST contract (product.md §6): the shape of each answer, and that a
 * command's 2xx comes only once a read right after it shows the change.
 */
@IntegrationTest
class TeamAndPersonApiTest {

    // Fixed past dates keep every check independent of the day the suite runs on.
    private static final LocalDate FORMED = LocalDate.of(2024, 1, 1);

    @LocalServerPort
    int port;

    private Api api;

    @BeforeEach
    void setUp() {
        api = Api.asAdmin(port);
    }

    @Test
    void formingATeamAnswersCreatedWithItsIdVersionLocationAndEtag() {
        UUID parent = api.formTeam("Parent " + UUID.randomUUID(), null, FORMED);
        String name = "Platform " + UUID.randomUUID();

        Api.Response created = api.post("/api/teams", body("name", name, "parentId", parent, "kind", "DEPARTMENT",
                "mission", "Keep the lights on", "effectiveDate", "2024-02-01")).expect(201);

        JsonNode answer = created.json();
        UUID id = created.id();
        assertThat(answer.propertyNames()).containsExactlyInAnyOrder("id", "version");
        assertThat(answer.get("version").asLong()).isZero();
        assertThat(created.header("Location")).endsWith("/api/teams/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        Api.Response read = api.get("/api/teams/" + id).expect(200);
        JsonNode team = read.json();
        assertThat(team.get("id").asString()).isEqualTo(id.toString());
        assertThat(team.get("name").asString()).isEqualTo(name);
        assertThat(team.get("kind").asString()).isEqualTo("DEPARTMENT");
        assertThat(team.get("mission").asString()).isEqualTo("Keep the lights on");
        assertThat(team.get("parentId").asString()).isEqualTo(parent.toString());
        assertThat(team.get("leadId").isNull()).isTrue();
        assertThat(team.get("memberCount").asInt()).isZero();
        assertThat(team.get("version").asLong()).isZero();
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void theOrgChartReadRightAfterACommandShowsItEvenWhenItWasJustRead() {
        UUID team = api.formTeam("Charted " + UUID.randomUUID(), null, FORMED);
        UUID person = api.hire("Charted Person", team, null, FORMED);
        String subtree = "/api/org-chart?rootTeamId=" + team;
        for (String path : List.of("/api/org-chart", subtree)) {
            assertThat(api.get(path).expect(200).json().get("people").toString()).contains(person.toString());
            assertThat(api.get(path).expect(200).json().get("people").toString()).doesNotContain("Charted title");
        }

        api.post("/api/people/" + person + "/title", body("title", "Charted title", "effectiveDate", FORMED.toString())).expect(200);

        for (String path : List.of("/api/org-chart", subtree)) {
            JsonNode people = api.get(path).expect(200).json().get("people");
            List<String> titles = new ArrayList<>();
            people.forEach(p -> {
                if (p.get("id").asString().equals(person.toString())) {
                    titles.add(p.get("title").asString());
                }
            });
            assertThat(titles).as(path).containsExactly("Charted title");
        }
    }

    @Test
    void aTeamFormedWithoutAKindIsATeam() {
        UUID id = api.post("/api/teams", body("name", "Kindless " + UUID.randomUUID(), "effectiveDate", "2024-01-01"))
                .expect(201).id();

        JsonNode team = api.get("/api/teams/" + id).expect(200).json();
        assertThat(team.get("kind").asString()).isEqualTo("TEAM");
        assertThat(team.get("parentId").isNull()).isTrue();
    }

    @Test
    void everyTeamChangeAnswersTheNewVersionAndIsReadableAtOnce() {
        UUID top = api.formTeam("Top " + UUID.randomUUID(), null, FORMED);
        UUID other = api.formTeam("Other " + UUID.randomUUID(), null, FORMED);
        UUID team = api.formTeam("Team " + UUID.randomUUID(), top, FORMED);

        String newName = "Renamed " + UUID.randomUUID();
        changed("/api/teams/" + team + "/rename", body("name", newName, "effectiveDate", "2024-02-01"), team, 1);
        assertThat(readTeam(team, 1).get("name").asString()).isEqualTo(newName);

        changed("/api/teams/" + team + "/mission", body("mission", "Ship the platform", "effectiveDate", "2024-02-02"), team, 2);
        assertThat(readTeam(team, 2).get("mission").asString()).isEqualTo("Ship the platform");

        changed("/api/teams/" + team + "/move", body("parentId", other, "effectiveDate", "2024-02-03"), team, 3);
        assertThat(readTeam(team, 3).get("parentId").asString()).isEqualTo(other.toString());

        changed("/api/teams/" + team + "/move", body("parentId", null, "effectiveDate", "2024-02-04"), team, 4);
        assertThat(readTeam(team, 4).get("parentId").isNull()).isTrue();

        UUID lead = api.hire("Lena Lead", team, null, LocalDate.of(2024, 2, 5));
        assertThat(readTeam(team, 4).get("memberCount").asInt()).isEqualTo(1);
        changed("/api/teams/" + team + "/lead", body("personId", lead, "effectiveDate", "2024-02-06"), team, 5);
        assertThat(readTeam(team, 5).get("leadId").asString()).isEqualTo(lead.toString());
    }

    @Test
    void dissolvingATeamMovesItsMembersAndTakesItOffTheChartAtOnce() {
        UUID top = api.formTeam("Dissolve top " + UUID.randomUUID(), null, FORMED);
        UUID team = api.formTeam("Dissolve me " + UUID.randomUUID(), top, FORMED);
        UUID member = api.hire("Mo Member", team, null, FORMED);

        changed("/api/teams/" + team + "/dissolve", body("moveMembersTo", top, "effectiveDate", "2024-06-01",
                "reason", "Merged into the parent"), team, 1);

        assertThat(api.get("/api/teams/" + team).expect(200).json().get("version").asLong()).isEqualTo(1);
        assertThat(api.get("/api/people/" + member).expect(200).json().get("teamId").asString()).isEqualTo(top.toString());
        assertThat(api.get("/api/teams/" + top).expect(200).json().get("memberCount").asInt()).isEqualTo(1);
        JsonNode chart = api.get("/api/org-chart?asOf=2024-06-01&rootTeamId=" + top).expect(200).json();
        assertThat(ids(chart.get("teams"))).containsExactly(top.toString());
    }

    @Test
    void hiringAnswersCreatedAndThePersonReadsBackWithEveryField() {
        UUID team = api.formTeam("Hiring " + UUID.randomUUID(), null, FORMED);
        UUID manager = api.hire("Morgan Manager", team, null, FORMED);
        String number = "E-" + UUID.randomUUID();
        String email = "ada." + UUID.randomUUID() + "@example.com";

        Api.Response hired = api.post("/api/people", body("employeeNumber", number, "name", "Ada Lovelace", "email", email,
                "title", "Staff Engineer", "teamId", team, "managerId", manager, "level", "engineering/senior-1",
                "startDate", "2024-03-01")).expect(201);

        UUID id = hired.id();
        assertThat(hired.json().propertyNames()).containsExactlyInAnyOrder("id", "version");
        assertThat(hired.json().get("version").asLong()).isZero();
        assertThat(hired.header("Location")).endsWith("/api/people/" + id);

        Api.Response read = api.get("/api/people/" + id).expect(200);
        JsonNode person = read.json();
        assertThat(person.get("id").asString()).isEqualTo(id.toString());
        assertThat(person.get("employeeNumber").asString()).isEqualTo(number);
        assertThat(person.get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(person.get("email").asString()).isEqualTo(email);
        assertThat(person.get("title").asString()).isEqualTo("Staff Engineer");
        assertThat(person.get("teamId").asString()).isEqualTo(team.toString());
        assertThat(person.get("managerId").asString()).isEqualTo(manager.toString());
        assertThat(person.get("level").asString()).isEqualTo("engineering/senior-1");
        assertThat(person.get("startDate").asString()).isEqualTo("2024-03-01");
        assertThat(person.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(person.get("version").asLong()).isZero();
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void everyPersonChangeAnswersTheNewVersionAndIsReadableAtOnce() {
        UUID team = api.formTeam("People changes " + UUID.randomUUID(), null, FORMED);
        UUID otherTeam = api.formTeam("People target " + UUID.randomUUID(), null, FORMED);
        UUID manager = api.hire("Mia Manager", team, null, FORMED);
        UUID person = api.hire("Pat Person", team, null, FORMED);

        changed("/api/people/" + person + "/transfer", body("teamId", otherTeam, "effectiveDate", "2024-02-01"), person, 1);
        assertThat(readPerson(person, 1).get("teamId").asString()).isEqualTo(otherTeam.toString());

        changed("/api/people/" + person + "/manager", body("managerId", manager, "effectiveDate", "2024-02-02"), person, 2);
        assertThat(readPerson(person, 2).get("managerId").asString()).isEqualTo(manager.toString());

        changed("/api/people/" + person + "/title", body("title", "Senior Engineer", "effectiveDate", "2024-02-03"), person, 3);
        assertThat(readPerson(person, 3).get("title").asString()).isEqualTo("Senior Engineer");

        changed("/api/people/" + person + "/level", body("level", "engineering/senior-2", "kind", "PROMOTION",
                "effectiveDate", "2024-02-04"), person, 4);
        assertThat(readPerson(person, 4).get("level").asString()).isEqualTo("engineering/senior-2");

        changed("/api/people/" + person + "/manager", body("managerId", null, "effectiveDate", "2024-02-05"), person, 5);
        assertThat(readPerson(person, 5).get("managerId").isNull()).isTrue();
    }

    @Test
    void aTransferWithAManagerMovesTeamAndManagerInOneChangeWithOneReasonOrDoesNothing() {
        UUID from = api.formTeam("Transfer from " + UUID.randomUUID(), null, FORMED);
        UUID to = api.formTeam("Transfer to " + UUID.randomUUID(), null, FORMED);
        UUID lead = api.hire("Lou Lead", to, null, FORMED);
        UUID person = api.hire("Pia Mover", from, null, FORMED);
        UUID report = api.hire("Rex Report", from, person, FORMED);

        api.post("/api/people/" + person + "/transfer", body("teamId", to, "managerId", report, "effectiveDate", "2024-03-01",
                "reason", "A cycle")).expectProblem(409);
        api.post("/api/people/" + person + "/transfer", body("teamId", to, "managerId", person, "effectiveDate", "2024-03-01"))
                .expectProblem(400);
        api.post("/api/people/" + person + "/transfer", body("teamId", to, "managerId", UUID.randomUUID(),
                "effectiveDate", "2024-03-01")).expectProblem(400);
        JsonNode unchanged = readPerson(person, 0);
        assertThat(unchanged.get("teamId").asString()).isEqualTo(from.toString());
        assertThat(unchanged.get("managerId").isNull()).isTrue();

        changed("/api/people/" + person + "/transfer", body("teamId", to, "managerId", lead, "effectiveDate", "2024-03-01",
                "reason", "Joins Lou's team"), person, 2);
        JsonNode moved = readPerson(person, 2);
        assertThat(moved.get("teamId").asString()).isEqualTo(to.toString());
        assertThat(moved.get("managerId").asString()).isEqualTo(lead.toString());
        List<JsonNode> changes = api.get("/api/people/" + person + "/history").expect(200).json().valueStream().skip(1).toList();
        assertThat(changes).hasSize(2).allSatisfy(change -> {
            assertThat(change.get("reason").asString()).isEqualTo("Joins Lou's team");
            assertThat(change.get("effectiveDate").asString()).isEqualTo("2024-03-01");
        });

        changed("/api/people/" + person + "/transfer", body("teamId", from, "effectiveDate", "2024-04-01"), person, 3);
        assertThat(readPerson(person, 3).get("managerId").asString()).isEqualTo(lead.toString());
    }

    @Test
    void aLeaverHandsTheirReportsToTheNewManagerInTheSameCall() {
        UUID team = api.formTeam("Leavers " + UUID.randomUUID(), null, FORMED);
        UUID leaver = api.hire("Lee Leaver", team, null, FORMED);
        UUID successor = api.hire("Sam Successor", team, null, FORMED);
        UUID report = api.hire("Rae Report", team, leaver, FORMED);

        changed("/api/people/" + leaver + "/leave", body("kind", "VOLUNTARY", "newManagerForReports", successor,
                "effectiveDate", "2024-09-01", "reason", "Moved abroad"), leaver, 1);

        JsonNode left = api.get("/api/people/" + leaver).expect(200).json();
        assertThat(left.get("status").asString()).isEqualTo("LEFT");
        assertThat(left.get("version").asLong()).isEqualTo(1);
        assertThat(api.get("/api/people/" + report).expect(200).json().get("managerId").asString())
                .isEqualTo(successor.toString());
        assertThat(api.get("/api/people?teamId=" + team + "&size=200").expect(200).json().get("total").asLong())
                .isEqualTo(2);
    }

    @Test
    void peopleAreFoundByNameEmailTitleOrEmployeeNumberIgnoringCase() {
        String token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        UUID team = api.formTeam("Search " + UUID.randomUUID(), null, FORMED);
        UUID byName = hire(team, "Noor " + token.toUpperCase() + " Haddad", "noor." + UUID.randomUUID() + "@example.com",
                "Engineer", null);
        UUID byEmail = hire(team, "Eli Email", "eli." + token + "@example.com", "Engineer", null);
        UUID byTitle = hire(team, "Tia Title", "tia." + UUID.randomUUID() + "@example.com", "Principal " + token, null);
        UUID byNumber = hire(team, "Nat Number", "nat." + UUID.randomUUID() + "@example.com", "Engineer",
                "EMP-" + token.toUpperCase());
        hire(team, "Zed Unrelated", "zed." + UUID.randomUUID() + "@example.com", "Engineer", null);

        JsonNode found = api.get("/api/people?q=" + encode(token.toUpperCase().substring(0, 2) + token.substring(2))).expect(200).json();
        assertThat(found.get("total").asLong()).isEqualTo(4);
        assertThat(ids(found.get("items"))).containsExactlyInAnyOrder(byName.toString(), byEmail.toString(),
                byTitle.toString(), byNumber.toString());
        assertThat(found.get("page").asInt()).isZero();
        assertThat(found.get("size").asInt()).isEqualTo(20);

        JsonNode inTeam = api.get("/api/people?teamId=" + team).expect(200).json();
        assertThat(inTeam.get("total").asLong()).isEqualTo(5);

        JsonNode nameAndTeam = api.get("/api/people?q=" + encode("zed unrelated") + "&teamId=" + team).expect(200).json();
        assertThat(nameAndTeam.get("total").asLong()).isEqualTo(1);
        assertThat(nameAndTeam.get("items").get(0).get("name").asString()).isEqualTo("Zed Unrelated");
    }

    @Test
    void peopleComeInPagesThatTogetherHoldEveryoneOnce() {
        UUID team = api.formTeam("Paging " + UUID.randomUUID(), null, FORMED);
        Set<String> hired = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            hired.add(api.hire("Pager " + i, team, null, FORMED).toString());
        }

        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode answer = api.get("/api/people?teamId=" + team + "&page=" + page + "&size=2").expect(200).json();
            assertThat(answer.get("total").asLong()).isEqualTo(5);
            assertThat(answer.get("page").asInt()).isEqualTo(page);
            assertThat(answer.get("size").asInt()).isEqualTo(2);
            assertThat(answer.get("items").size()).isEqualTo(page < 2 ? 2 : 1);
            seen.addAll(ids(answer.get("items")));
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(hired);

        JsonNode beyond = api.get("/api/people?teamId=" + team + "&page=3&size=2").expect(200).json();
        assertThat(beyond.get("items").size()).isZero();
        assertThat(beyond.get("total").asLong()).isEqualTo(5);
    }

    @Test
    void aPageHoldsAtMostTwoHundredPeople() {
        assertThat(api.get("/api/people?size=200").status()).isEqualTo(200);

        Api.Response tooBig = api.get("/api/people?size=201");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(tooBig.json())).contains("size");

        assertThat(fields(api.get("/api/people?page=-1").expect(400).json())).contains("page");
        assertThat(fields(api.get("/api/people?size=0").expect(400).json())).contains("size");
    }

    @Test
    void aPersonsHistoryListsEveryChangeWithActorReasonAndEffectiveDate() {
        UUID team = api.formTeam("History " + UUID.randomUUID(), null, FORMED);
        UUID person = api.post("/api/people", body("name", "Hal History", "email", "hal." + UUID.randomUUID() + "@example.com",
                "title", "Engineer", "teamId", team, "startDate", "2024-01-15", "reason", "Backfill for Q1")).expect(201).id();
        api.post("/api/people/" + person + "/title", body("title", "Senior Engineer", "effectiveDate", "2024-04-01",
                "reason", "Annual review")).expect(200);

        JsonNode history = api.get("/api/people/" + person + "/history").expect(200).json();

        assertThat(history.isArray()).isTrue();
        assertThat(history.size()).isEqualTo(2);
        JsonNode hire = history.get(0);
        assertThat(hire.get("actor").asString()).isEqualTo("admin");
        assertThat(hire.get("reason").asString()).isEqualTo("Backfill for Q1");
        assertThat(hire.get("effectiveDate").asString()).isEqualTo("2024-01-15");
        assertThat(hire.get("recordedAt").asString()).isNotBlank();
        JsonNode title = history.get(1);
        assertThat(title.get("actor").asString()).isEqualTo("admin");
        assertThat(title.get("reason").asString()).isEqualTo("Annual review");
        assertThat(title.get("effectiveDate").asString()).isEqualTo("2024-04-01");
        assertThat(title.get("type").asString()).isNotEqualTo(hire.get("type").asString());
    }

    @Test
    void theHistoryOfSomeoneUnknownIsNotFound() {
        Api.Response missing = api.get("/api/people/" + UUID.randomUUID() + "/history");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    }

    private void changed(String path, Map<String, Object> body, UUID id, long version) {
        Api.Response response = api.post(path, body).expect(200);
        JsonNode answer = response.json();
        assertThat(answer.propertyNames()).containsExactlyInAnyOrder("id", "version");
        assertThat(answer.get("id").asString()).isEqualTo(id.toString());
        assertThat(answer.get("version").asLong()).isEqualTo(version);
        assertThat(response.header("ETag")).isEqualTo("\"" + version + "\"");
    }

    private JsonNode readTeam(UUID id, long version) {
        Api.Response response = api.get("/api/teams/" + id).expect(200);
        assertThat(response.header("ETag")).isEqualTo("\"" + version + "\"");
        assertThat(response.json().get("version").asLong()).isEqualTo(version);
        return response.json();
    }

    private JsonNode readPerson(UUID id, long version) {
        Api.Response response = api.get("/api/people/" + id).expect(200);
        assertThat(response.header("ETag")).isEqualTo("\"" + version + "\"");
        assertThat(response.json().get("version").asLong()).isEqualTo(version);
        return response.json();
    }

    private UUID hire(UUID team, String name, String email, String title, String employeeNumber) {
        return api.post("/api/people", body("name", name, "email", email, "title", title, "teamId", team,
                "employeeNumber", employeeNumber, "startDate", "2024-01-01")).expect(201).id();
    }


    private static List<String> ids(JsonNode array) {
        return array.valueStream().map(n -> n.get("id").asString()).toList();
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
