package io.cadre.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cadre.access.service.ApiTokens;
import io.cadre.access.service.UserAccounts;
import io.cadre.ladder.Ladders;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.shared.Role;
import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import org.springframework.test.context.TestPropertySource;

/**
 * Role x scope x endpoint (product.md §7.5): in a small organisation shaped like the demo's (a director leading a
 * department with a team below it, a manager in that team with a report, someone in another department), each role,
 * linked to its person, reads each person-level call or is refused with 403, sees in lists the rows the README's scope
 * matrix says, and may send commands only about what its scope covers.
 */
@IntegrationTest
// Publishes ladders, after which every level must name a published one: a context of its own keeps the shared
// context's free-text levels valid.
@TestPropertySource(properties = "cadre.test.context=published-ladders")
class ScopeMatrixTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 6);
    private static final List<String> PERSON_CALLS = List.of("", "/history", "/growth-path", "/succession");

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokens tokens;

    private Api admin;
    private String tag;
    private UUID root;
    private UUID department;
    private UUID team;
    private UUID elsewhere;
    private UUID director;
    private UUID manager;
    private UUID employee;
    private UUID outsider;
    private final Map<Role, Api> as = new EnumMap<>(Role.class);
    private Api unlinked;

    @BeforeEach
    void organisation() {
        admin = Api.asAdmin(port);
        tag = "Scope" + UUID.randomUUID().toString().substring(0, 8);
        root = admin.formTeam(tag + " Company", null, LONG_AGO);
        department = admin.formTeam(tag + " Engineering", root, LONG_AGO);
        team = admin.formTeam(tag + " Payments", department, LONG_AGO);
        elsewhere = admin.formTeam(tag + " Sales", root, LONG_AGO);
        director = hire(tag + " Dora Director", department, null);
        manager = hire(tag + " Manu Manager", team, director);
        employee = hire(tag + " Emil Employee", team, manager);
        outsider = hire(tag + " Olga Outsider", elsewhere, null);
        admin.post("/api/teams/" + department + "/lead", Map.of("personId", director.toString(), "effectiveDate", LONG_AGO.toString()))
                .expect(200);
        as.put(Role.ADMIN, admin);
        as.put(Role.HR, user(Role.HR, null));
        as.put(Role.DIRECTOR, user(Role.DIRECTOR, director));
        as.put(Role.MANAGER, user(Role.MANAGER, manager));
        as.put(Role.EMPLOYEE, user(Role.EMPLOYEE, employee));
        unlinked = user(Role.EMPLOYEE, null);
    }

    /** The README's scope matrix: whose record each role reads beyond the directory. */
    private Set<UUID> inScope(Role role) {
        return switch (role) {
            case ADMIN, HR -> Set.of(director, manager, employee, outsider);
            case DIRECTOR -> Set.of(director, manager, employee);
            case MANAGER -> Set.of(manager, employee);
            case EMPLOYEE -> Set.of(employee);
        };
    }

    @Test
    void eachRoleReadsThePersonLevelCallsOfItsScopeAndIsRefusedTheRest() {
        for (Role role : Role.values()) {
            for (UUID person : List.of(director, manager, employee, outsider)) {
                for (String call : PERSON_CALLS) {
                    Api.Response response = as.get(role).get("/api/people/" + person + call);
                    String what = role + " GET /api/people/{" + name(person) + "}" + call;
                    if (inScope(role).contains(person)) {
                        assertThat(response.status()).as(what).isNotIn(401, 403).isLessThan(500);
                    } else {
                        assertThat(response.status()).as(what).isEqualTo(403);
                        assertThat(response.header("Content-Type")).as(what).startsWith("application/problem+json");
                    }
                }
            }
        }
        for (UUID person : List.of(director, manager, employee, outsider)) {
            assertThat(unlinked.get("/api/people/" + person).status()).as("a user linked to nobody").isEqualTo(403);
        }
        assertThat(as.get(Role.EMPLOYEE).get("/api/people/" + UUID.randomUUID()).status()).as("an unknown person").isEqualTo(404);
        assertThat(as.get(Role.EMPLOYEE).get("/api/teams/" + elsewhere + "/history").status()).as("a team's history").isEqualTo(200);
    }

    @Test
    void thePeopleListKeepsEveryoneInTheDirectoryButShowsEmailAndLevelOnlyInScope() {
        for (Role role : Role.values()) {
            Map<UUID, JsonNode> rows = rows(as.get(role).get("/api/people?size=200&q=" + tag).expect(200).json());
            assertThat(rows.keySet()).as("%s sees everyone in the directory", role).containsExactlyInAnyOrder(director, manager, employee, outsider);
            for (Map.Entry<UUID, JsonNode> row : rows.entrySet()) {
                JsonNode email = row.getValue().get("email");
                boolean shown = email != null && !email.isNull();
                assertThat(shown).as("%s sees the email of %s", role, name(row.getKey())).isEqualTo(inScope(role).contains(row.getKey()));
                assertThat(row.getValue().get("title").asString()).isEqualTo("Engineer");
            }
        }
        String outsiderEmail = admin.get("/api/people/" + outsider).expect(200).json().get("email").asString();
        assertThat(as.get(Role.EMPLOYEE).get("/api/people?q=" + outsiderEmail).expect(200).json().get("total").asInt())
                .as("an email out of scope finds nobody").isZero();
        assertThat(as.get(Role.HR).get("/api/people?q=" + outsiderEmail).expect(200).json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void commandsAboutPeopleOrTeamsOutOfScopeAreRefusedAndRecordNothing() {
        Api dora = as.get(Role.DIRECTOR);
        dora.post("/api/people/" + employee + "/title", Map.of("title", "Senior Engineer")).expect(200);
        long before = admin.get("/api/people/" + outsider).expect(200).json().get("version").asLong();
        dora.post("/api/people/" + outsider + "/title", Map.of("title", "Boss")).expectProblem(403);
        dora.post("/api/teams/" + elsewhere + "/rename", Map.of("name", tag + " Renamed")).expectProblem(403);
        dora.post("/api/teams", Map.of("name", tag + " Top")).expectProblem(403);
        Map<String, Object> hire = new LinkedHashMap<>();
        hire.put("name", tag + " New Hire");
        hire.put("email", "new." + UUID.randomUUID() + "@example.com");
        hire.put("title", "Engineer");
        hire.put("teamId", elsewhere.toString());
        hire.put("startDate", LONG_AGO.plusYears(1).toString());
        dora.post("/api/people", hire).expectProblem(403);
        hire.put("teamId", team.toString());
        dora.post("/api/people", hire).expect(201);
        JsonNode untouched = admin.get("/api/people/" + outsider).expect(200).json();
        assertThat(untouched.get("title").asString()).isEqualTo("Engineer");
        assertThat(untouched.get("version").asLong()).isEqualTo(before);
        assertThat(admin.get("/api/teams/" + elsewhere).expect(200).json().get("name").asString()).isEqualTo(tag + " Sales");
        assertThat(as.get(Role.HR).post("/api/people/" + outsider + "/title", Map.of("title", "Lead")).status()).isEqualTo(200);
    }

    @Test
    void aDirectorsScopeFollowsTheOrgOverTime() {
        Api dora = as.get(Role.DIRECTOR);
        assertThat(dora.get("/api/people/" + employee).status()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        admin.post("/api/teams/" + team + "/move", Map.of("parentId", elsewhere.toString(), "effectiveDate", today.toString()))
                .expect(200);
        assertThat(dora.get("/api/people/" + employee).status()).as("a team moved out of the subtree today").isEqualTo(403);
        assertThat(dora.post("/api/people/" + employee + "/title", Map.of("title", "Moved")).status()).isEqualTo(403);
        assertThat(dora.post("/api/people/" + employee + "/title", Map.of("title", "Before the move",
                "effectiveDate", today.minusDays(1).toString())).status())
                .as("a change effective before the move is judged on the org of that date").isNotIn(401, 403);
    }

    @Test
    void theOrgChartShowsEveryonesPlaceAndTheLevelsInScopeOnly() {
        // Levels of a published ladder of its own: once any ladder is published (other tests share this context), a level
        // must name one.
        String code = "scope-" + tag.toLowerCase();
        admin.postRaw("/api/ladders/import?publish=true&reason=Adopt", "application/json",
                LadderFormat.write(Ladders.small(code), LadderFormat.Syntax.JSON)).expect(201);
        admin.post("/api/people/" + outsider + "/level", Map.of("level", code + "/senior", "kind", "CORRECTION")).expect(200);
        admin.post("/api/people/" + employee + "/level", Map.of("level", code + "/mid", "kind", "CORRECTION")).expect(200);
        JsonNode chart = as.get(Role.EMPLOYEE).get("/api/org-chart?rootTeamId=" + root).expect(200).json();
        Map<UUID, JsonNode> people = new HashMap<>();
        chart.get("people").valueStream().forEach(p -> people.put(UUID.fromString(p.get("id").asString()), p));
        assertThat(people).containsKeys(director, manager, employee, outsider);
        assertThat(people.get(employee).get("level").asString()).isEqualTo("scope-" + tag.toLowerCase() + "/mid");
        assertThat(people.get(outsider).get("level") == null || people.get(outsider).get("level").isNull()).isTrue();
        assertThat(people.get(outsider).get("title").asString()).isEqualTo("Engineer");
    }

    @Test
    void theAuditTimelineShowsTheChangesOfPeopleInScopeOnly() {
        for (UUID person : List.of(director, manager, employee, outsider)) {
            await("the audit timeline to hold the hire of " + name(person)).atMost(Duration.ofSeconds(30))
                    .until(() -> admin.get("/api/audit?personId=" + person).expect(200).json().get("total").asInt() > 0);
        }
        for (Role role : Role.values()) {
            for (UUID person : List.of(director, manager, employee, outsider)) {
                // A change about someone in scope that names another person (a hire naming its manager) stays visible.
                long own = as.get(role).get("/api/audit?personId=" + person).expect(200).json().get("items").valueStream()
                        .filter(e -> person.toString().equals(e.get("subjectId").asString())).count();
                assertThat(own > 0).as("%s sees the changes about %s", role, name(person)).isEqualTo(inScope(role).contains(person));
            }
        }
        assertThat(unlinked.get("/api/audit").expect(200).json().get("total").asInt()).isZero();
    }

    @Test
    void salaryBandsShowToAdminHrAndDirectorsOfASubtreeOnly() {
        UUID ladder = admin.postRaw("/api/ladders/import", "application/json",
                LadderFormat.write(Ladders.small("pay-" + tag.toLowerCase()), LadderFormat.Syntax.JSON)).expect(201).id();
        for (Role role : Role.values()) {
            JsonNode band = as.get(role).get("/api/ladders/" + ladder).expect(200).json().get("draft").get("levels").get(0).get("salaryBand");
            boolean shown = band != null && !band.isNull();
            assertThat(shown).as("%s sees salary bands", role).isEqualTo(role != Role.MANAGER && role != Role.EMPLOYEE);
        }
        assertThat(as.get(Role.MANAGER).get("/api/ladders/" + ladder + "/export?version=draft").body()).doesNotContain("EUR");
        assertThat(as.get(Role.DIRECTOR).get("/api/ladders/" + ladder + "/export?version=draft").body()).contains("EUR");
    }

    @Test
    void reportsCountThePeopleEachRoleMaySee() {
        await("the reports to count the organisation").atMost(Duration.ofSeconds(30))
                .until(() -> admin.get("/api/reports/headcount?by=team&rootTeamId=" + root).expect(200).json().get("total").asInt() == 4);
        Map<Role, Integer> expected = Map.of(Role.ADMIN, 4, Role.HR, 4, Role.DIRECTOR, 3, Role.MANAGER, 2, Role.EMPLOYEE, 1);
        for (Role role : Role.values()) {
            JsonNode byTeam = as.get(role).get("/api/reports/headcount?by=team&rootTeamId=" + root).expect(200).json();
            assertThat(byTeam.get("total").asInt()).as("%s counts the people of its scope", role).isEqualTo(expected.get(role));
            Set<String> teams = byTeam.get("rows").valueStream().map(r -> r.get("key").asString()).collect(Collectors.toSet());
            assertThat(teams.contains(elsewhere.toString())).as("%s is shown the other department", role)
                    .isEqualTo(role == Role.ADMIN || role == Role.HR);
            assertThat(as.get(role).get("/api/reports/pyramid?rootTeamId=" + root).expect(200).json().get("total").asInt())
                    .as("%s's pyramid", role).isEqualTo(expected.get(role));
        }
        assertThat(unlinked.get("/api/reports/headcount?rootTeamId=" + root).expect(200).json().get("total").asInt()).isZero();
    }

    @Test
    void candidatesAndTheBoardKeepToThePositionsInReach() {
        String code = "hire-" + tag.toLowerCase();
        admin.postRaw("/api/ladders/import?publish=true&reason=Adopt", "application/json",
                LadderFormat.write(Ladders.small(code), LadderFormat.Syntax.JSON)).expect(201);
        UUID payments = position(team, manager);
        UUID sales = position(elsewhere, outsider);
        UUID paymentsCandidate = candidate(payments);
        UUID salesCandidate = candidate(sales);
        for (Role role : Role.values()) {
            Set<UUID> board = as.get(role).get("/api/pipeline?teamId=" + root).expect(200).json().get("positions").valueStream()
                    .map(p -> UUID.fromString(p.get("position").get("id").asString())).collect(Collectors.toSet());
            boolean seesPayments = role != Role.EMPLOYEE;
            boolean seesSales = role == Role.ADMIN || role == Role.HR;
            assertThat(board.contains(payments)).as("%s has the Payments position on the board", role).isEqualTo(seesPayments);
            assertThat(board.contains(sales)).as("%s has the Sales position on the board", role).isEqualTo(seesSales);
            assertThat(as.get(role).get("/api/candidates/" + paymentsCandidate).status()).as("%s reads the Payments candidate", role)
                    .isEqualTo(seesPayments ? 200 : 403);
            assertThat(as.get(role).get("/api/candidates/" + salesCandidate).status()).as("%s reads the Sales candidate", role)
                    .isEqualTo(seesSales ? 200 : 403);
            assertThat(as.get(role).get("/api/positions/" + sales).status()).as("%s reads the position itself, as the chart shows it", role)
                    .isEqualTo(200);
        }
    }

    @Test
    void aDirectorHiresIntoTheirSubtreeOnly() {
        String code = "hire-" + tag.toLowerCase();
        admin.postRaw("/api/ladders/import?publish=true&reason=Adopt", "application/json",
                LadderFormat.write(Ladders.small(code), LadderFormat.Syntax.JSON)).expect(201);
        Api dora = as.get(Role.DIRECTOR);
        UUID payments = position(team, manager);
        UUID sales = position(elsewhere, outsider);
        UUID salesCandidate = candidate(sales);
        Map<String, Object> reason = Map.of("reason", "Budget agreed");
        dora.post("/api/positions/" + sales + "/approve", reason).expectProblem(403);
        dora.post("/api/positions/" + sales + "/cancel", reason).expectProblem(403);
        dora.post("/api/positions/" + sales + "/candidates", Map.of("name", tag + " Sneaky", "email", "sneaky." + UUID.randomUUID()
                + "@example.com", "reason", "Referred")).expectProblem(403);
        dora.post("/api/candidates/" + salesCandidate + "/stage", Map.of("stage", "REJECTED", "reason", "Not a fit")).expectProblem(403);
        assertThat(admin.get("/api/positions/" + sales).expect(200).json().get("status").asString()).isEqualTo("PROPOSED");
        assertThat(admin.get("/api/candidates/" + salesCandidate).expect(200).json().get("stage").asString()).isEqualTo("SOURCED");
        assertThat(admin.get("/api/pipeline?teamId=" + elsewhere).expect(200).json().get("positions").valueStream()
                .flatMap(p -> p.get("candidates").valueStream()).mapToInt(JsonNode::size).sum()).as("no candidate was added to Sales").isEqualTo(1);

        dora.post("/api/positions/" + payments + "/approve", reason).expect(200);
        UUID own = dora.post("/api/positions/" + payments + "/candidates", Map.of("name", tag + " Welcome", "email", "welcome."
                + UUID.randomUUID() + "@example.com", "reason", "Referred")).expect(201).id();
        dora.post("/api/candidates/" + own + "/stage", Map.of("stage", "SCREENING", "reason", "Promising")).expect(200);
        assertThat(as.get(Role.HR).post("/api/positions/" + sales + "/approve", reason).status()).as("HR hires everywhere")
                .isEqualTo(200);
    }

    @Test
    void aDirectorWritesAndChangesTheObjectivesOfTheirSubtreeOnly() {
        Api dora = as.get(Role.DIRECTOR);
        UUID own = dora.post("/api/objectives", objective(team)).expect(201).id();
        dora.post("/api/objectives", objective(elsewhere)).expectProblem(403);
        UUID theirs = as.get(Role.HR).post("/api/objectives", objective(elsewhere)).expect(201).id();
        Map<String, Object> keyResult = Map.of("title", "Deals closed", "unit", "deals", "start", 0, "target", 10);
        dora.post("/api/objectives/" + theirs + "/key-results", keyResult).expectProblem(403);
        dora.post("/api/objectives/" + theirs + "/status", Map.of("status", "COMMITTED")).expectProblem(403);
        dora.post("/api/objectives/" + own + "/key-results", keyResult).expect(200);
        dora.post("/api/objectives/" + own + "/status", Map.of("status", "COMMITTED")).expect(200);
        JsonNode untouched = admin.get("/api/objectives/" + theirs).expect(200).json();
        assertThat(untouched.get("keyResults")).hasSize(1);
        assertThat(untouched.get("status").asString()).isEqualTo("DRAFT");
        assertThat(as.get(Role.MANAGER).post("/api/objectives", objective(team)).status()).as("a manager writes none").isEqualTo(403);
    }

    private Map<String, Object> objective(UUID teamId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("teamId", teamId.toString());
        body.put("period", "2027-Q1");
        body.put("title", tag + " Grow");
        body.put("keyResults", List.of(Map.of("title", "Conversion", "unit", "%", "start", 40, "target", 60)));
        body.put("reason", "Next quarter's plan");
        return body;
    }

    private UUID position(UUID teamId, UUID hiringManager) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("teamId", teamId.toString());
        body.put("level", "hire-" + tag.toLowerCase() + "/senior");
        body.put("title", "Senior Engineer");
        body.put("managerId", hiringManager.toString());
        body.put("reason", "The team grows");
        return admin.post("/api/positions", body).expect(201).id();
    }

    private UUID candidate(UUID position) {
        return admin.post("/api/positions/" + position + "/candidates", Map.of("name", tag + " Candidate",
                "email", "candidate." + UUID.randomUUID() + "@example.com", "source", "Referral", "reason", "Referred")).expect(201).id();
    }

    private UUID hire(String name, UUID teamId, UUID managerId) {
        return admin.hire(name, teamId, managerId, LONG_AGO);
    }

    private Api user(Role role, UUID person) {
        String username = "scope-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(username, "password-" + UUID.randomUUID(), Set.of(role), person);
        return Api.bearer(port, tokens.issue(username, "scope"));
    }

    private static Map<UUID, JsonNode> rows(JsonNode page) {
        return page.get("items").valueStream().collect(Collectors.toMap(p -> UUID.fromString(p.get("id").asString()), p -> p));
    }

    private String name(UUID person) {
        return person.equals(director) ? "director" : person.equals(manager) ? "manager" : person.equals(employee) ? "employee" : "outsider";
    }
}
