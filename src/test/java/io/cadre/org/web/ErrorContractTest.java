package io.cadre.org.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.Api;
import io.cadre.support.EventLog;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The error half of the REST contract (product.md §6): whatever a client sends, a refusal is a 4xx
 * problem+json that names the offending field, and it records nothing. No input ever gets a 5xx.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorContractTest {

    private static final String LONG_NAME = "n".repeat(201);
    private static final String LONG_REASON = "r".repeat(2001);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    /** Filled into a case's path and body in place of $TEAM, $PERSON, $OTHER_PERSON and $UNKNOWN. */
    private Map<String, String> fixture;

    @BeforeAll
    void setUpOrganisation() {
        api = Api.asAdmin(port);
        UUID team = api.formTeam("Errors " + UUID.randomUUID(), null, LocalDate.of(2024, 1, 1));
        UUID person = api.hire("Erin Errors", team, null, LocalDate.of(2024, 1, 1));
        UUID otherPerson = api.hire("Oli Other", team, person, LocalDate.of(2024, 1, 1));
        fixture = Map.of("$TEAM", team.toString(), "$PERSON", person.toString(), "$OTHER_PERSON", otherPerson.toString());
    }

    /** One request that the API must refuse; a null field means the problem is the body as a whole. */
    record Rejected(String description, String path, String body, int status, String field) {

        @Override
        public String toString() {
            return description;
        }
    }

    static Stream<Rejected> teamForms() {
        return Stream.of(
                new Rejected("no fields at all", "/api/teams", "{}", 400, "name"),
                new Rejected("null name", "/api/teams", "{\"name\":null}", 400, "name"),
                new Rejected("blank name", "/api/teams", "{\"name\":\"   \"}", 400, "name"),
                new Rejected("number for name", "/api/teams", "{\"name\":42}", 400, "name"),
                new Rejected("boolean for name", "/api/teams", "{\"name\":true}", 400, "name"),
                new Rejected("object for name", "/api/teams", "{\"name\":{\"first\":\"A\"}}", 400, "name"),
                new Rejected("array for name", "/api/teams", "{\"name\":[\"A\"]}", 400, "name"),
                new Rejected("parentId that is not a UUID", "/api/teams", "{\"name\":\"X\",\"parentId\":\"team-1\"}", 400, "parentId"),
                new Rejected("number for parentId", "/api/teams", "{\"name\":\"X\",\"parentId\":7}", 400, "parentId"),
                new Rejected("unknown parentId", "/api/teams", "{\"name\":\"X\",\"parentId\":\"$UNKNOWN\"}", 400, "parentId"),
                new Rejected("a person as parentId", "/api/teams", "{\"name\":\"X\",\"parentId\":\"$PERSON\"}", 400, "parentId"),
                new Rejected("unknown kind", "/api/teams", "{\"name\":\"X\",\"kind\":\"SQUAD\"}", 400, "kind"),
                new Rejected("number for kind", "/api/teams", "{\"name\":\"X\",\"kind\":1}", 400, "kind"),
                new Rejected("impossible date", "/api/teams", "{\"name\":\"X\",\"effectiveDate\":\"2024-13-45\"}", 400, "effectiveDate"),
                new Rejected("a word for a date", "/api/teams", "{\"name\":\"X\",\"effectiveDate\":\"yesterday\"}", 400, "effectiveDate"),
                new Rejected("a date in 1800", "/api/teams", "{\"name\":\"X\",\"effectiveDate\":\"1800-01-01\"}", 400, "effectiveDate"),
                new Rejected("a date in 3000", "/api/teams", "{\"name\":\"X\",\"effectiveDate\":\"3000-01-01\"}", 400, "effectiveDate"),
                new Rejected("a date in year 100000", "/api/teams", "{\"name\":\"X\",\"effectiveDate\":\"+100000-01-01\"}", 400, "effectiveDate"),
                new Rejected("201 characters of name", "/api/teams", "{\"name\":\"" + LONG_NAME + "\"}", 400, "name"),
                new Rejected("2001 characters of mission", "/api/teams", "{\"name\":\"X\",\"mission\":\"" + "m".repeat(2001) + "\"}",
                        400, "mission"),
                new Rejected("2001 characters of reason", "/api/teams", "{\"name\":\"X\",\"reason\":\"" + LONG_REASON + "\"}",
                        400, "reason"),
                new Rejected("an array instead of an object", "/api/teams", "[{\"name\":\"X\"}]", 400, null),
                new Rejected("a string instead of an object", "/api/teams", "\"X\"", 400, null),
                new Rejected("JSON null", "/api/teams", "null", 400, null),
                new Rejected("an empty body", "/api/teams", "", 400, null),
                new Rejected("an unclosed object", "/api/teams", "{\"name\":\"X\"", 400, null),
                new Rejected("unquoted names", "/api/teams", "{name: X}", 400, null),
                new Rejected("trailing garbage", "/api/teams", "{\"name\":\"X\"} {", 400, null),
                new Rejected("nesting far too deep", "/api/teams",
                        "{\"extra\":" + "[".repeat(100_000) + "]".repeat(100_000) + ",\"name\":\"Deep\"}", 400, null));
    }

    static Stream<Rejected> hires() {
        String valid = "\"name\":\"H\",\"email\":\"h@example.com\",\"title\":\"Engineer\",\"teamId\":\"$TEAM\"";
        return Stream.of(
                new Rejected("no fields at all", "/api/people", "{}", 400, "name"),
                new Rejected("no start date", "/api/people", "{" + valid + "}", 400, "startDate"),
                new Rejected("no team", "/api/people",
                        "{\"name\":\"H\",\"email\":\"h@example.com\",\"title\":\"E\",\"startDate\":\"2024-01-01\"}", 400, "teamId"),
                new Rejected("no email", "/api/people",
                        "{\"name\":\"H\",\"title\":\"E\",\"teamId\":\"$TEAM\",\"startDate\":\"2024-01-01\"}", 400, "email"),
                new Rejected("not an email", "/api/people", "{" + valid.replace("h@example.com", "not-an-email")
                        + ",\"startDate\":\"2024-01-01\"}", 400, "email"),
                new Rejected("number for name", "/api/people", "{" + valid.replace("\"H\"", "42") + ",\"startDate\":\"2024-01-01\"}",
                        400, "name"),
                new Rejected("teamId that is not a UUID", "/api/people", "{" + valid.replace("$TEAM", "platform")
                        + ",\"startDate\":\"2024-01-01\"}", 400, "teamId"),
                new Rejected("unknown teamId", "/api/people", "{" + valid.replace("$TEAM", "$UNKNOWN")
                        + ",\"startDate\":\"2024-01-01\"}", 400, "teamId"),
                new Rejected("a person as teamId", "/api/people", "{" + valid.replace("$TEAM", "$PERSON")
                        + ",\"startDate\":\"2024-01-01\"}", 400, "teamId"),
                new Rejected("unknown managerId", "/api/people", "{" + valid + ",\"managerId\":\"$UNKNOWN\",\"startDate\":\"2024-01-01\"}",
                        400, "managerId"),
                new Rejected("a team as managerId", "/api/people", "{" + valid + ",\"managerId\":\"$TEAM\",\"startDate\":\"2024-01-01\"}",
                        400, "managerId"),
                new Rejected("impossible start date", "/api/people", "{" + valid + ",\"startDate\":\"2024-02-30\"}", 400, "startDate"),
                new Rejected("a word for a start date", "/api/people", "{" + valid + ",\"startDate\":\"yesterday\"}", 400, "startDate"),
                new Rejected("a start date in 1800", "/api/people", "{" + valid + ",\"startDate\":\"1800-06-01\"}", 400, "startDate"),
                new Rejected("a start date in 3000", "/api/people", "{" + valid + ",\"startDate\":\"3000-06-01\"}", 400, "startDate"),
                new Rejected("201 characters of name", "/api/people", "{" + valid.replace("\"H\"", "\"" + LONG_NAME + "\"")
                        + ",\"startDate\":\"2024-01-01\"}", 400, "name"),
                new Rejected("201 characters of title", "/api/people", "{" + valid.replace("Engineer", LONG_NAME)
                        + ",\"startDate\":\"2024-01-01\"}", 400, "title"),
                new Rejected("2001 characters of reason", "/api/people", "{" + valid + ",\"startDate\":\"2024-01-01\",\"reason\":\""
                        + LONG_REASON + "\"}", 400, "reason"),
                new Rejected("an array instead of an object", "/api/people", "[{" + valid + "}]", 400, null),
                new Rejected("malformed JSON", "/api/people", "{" + valid, 400, null),
                new Rejected("an empty body", "/api/people", "", 400, null));
    }

    static Stream<Rejected> changes() {
        return Stream.of(
                new Rejected("rename without a name", "/api/teams/$TEAM/rename", "{}", 400, "name"),
                new Rejected("rename to 201 characters", "/api/teams/$TEAM/rename", "{\"name\":\"" + LONG_NAME + "\"}", 400, "name"),
                new Rejected("rename with a bad date", "/api/teams/$TEAM/rename", "{\"name\":\"Y\",\"effectiveDate\":\"2024-13-45\"}",
                        400, "effectiveDate"),
                new Rejected("rename with a long reason", "/api/teams/$TEAM/rename", "{\"name\":\"Y\",\"reason\":\"" + LONG_REASON + "\"}",
                        400, "reason"),
                new Rejected("mission of 2001 characters", "/api/teams/$TEAM/mission", "{\"mission\":\"" + "m".repeat(2001) + "\"}",
                        400, "mission"),
                new Rejected("move under an unknown team", "/api/teams/$TEAM/move", "{\"parentId\":\"$UNKNOWN\"}", 400, "parentId"),
                new Rejected("move under itself", "/api/teams/$TEAM/move", "{\"parentId\":\"$TEAM\"}", 400, "parentId"),
                new Rejected("move under a non-UUID", "/api/teams/$TEAM/move", "{\"parentId\":\"up\"}", 400, "parentId"),
                new Rejected("unknown lead", "/api/teams/$TEAM/lead", "{\"personId\":\"$UNKNOWN\"}", 400, "personId"),
                new Rejected("a team as lead", "/api/teams/$TEAM/lead", "{\"personId\":\"$TEAM\"}", 400, "personId"),
                new Rejected("dissolve into an unknown team", "/api/teams/$TEAM/dissolve", "{\"moveMembersTo\":\"$UNKNOWN\"}",
                        400, "moveMembersTo"),
                new Rejected("dissolve into itself", "/api/teams/$TEAM/dissolve", "{\"moveMembersTo\":\"$TEAM\"}", 400, "moveMembersTo"),
                new Rejected("transfer without a team", "/api/people/$PERSON/transfer", "{}", 400, "teamId"),
                new Rejected("transfer to an unknown team", "/api/people/$PERSON/transfer", "{\"teamId\":\"$UNKNOWN\"}", 400, "teamId"),
                new Rejected("transfer with a date in 1800", "/api/people/$PERSON/transfer",
                        "{\"teamId\":\"$TEAM\",\"effectiveDate\":\"1800-01-01\"}", 400, "effectiveDate"),
                new Rejected("an unknown manager", "/api/people/$PERSON/manager", "{\"managerId\":\"$UNKNOWN\"}", 400, "managerId"),
                new Rejected("one's own manager", "/api/people/$PERSON/manager", "{\"managerId\":\"$PERSON\"}", 400, "managerId"),
                new Rejected("a blank title", "/api/people/$PERSON/title", "{\"title\":\" \"}", 400, "title"),
                new Rejected("a title change with a long reason", "/api/people/$PERSON/title",
                        "{\"title\":\"Lead\",\"reason\":\"" + LONG_REASON + "\"}", 400, "reason"),
                new Rejected("a level without a kind", "/api/people/$PERSON/level", "{\"level\":\"eng/senior\"}", 400, "kind"),
                new Rejected("a level with an unknown kind", "/api/people/$PERSON/level",
                        "{\"level\":\"eng/senior\",\"kind\":\"BIG_RAISE\"}", 400, "kind"),
                new Rejected("a level change without a level", "/api/people/$PERSON/level", "{\"kind\":\"PROMOTION\"}", 400, "level"),
                new Rejected("a leave without a kind", "/api/people/$PERSON/leave", "{}", 400, "kind"),
                new Rejected("a leave with an unknown kind", "/api/people/$PERSON/leave", "{\"kind\":\"VACATION\"}", 400, "kind"),
                new Rejected("a leave naming an unknown new manager", "/api/people/$PERSON/leave",
                        "{\"kind\":\"VOLUNTARY\",\"newManagerForReports\":\"$UNKNOWN\"}", 400, "newManagerForReports"),
                new Rejected("a leave with a word for a date", "/api/people/$PERSON/leave",
                        "{\"kind\":\"VOLUNTARY\",\"effectiveDate\":\"yesterday\"}", 400, "effectiveDate"),
                new Rejected("an array as a change", "/api/people/$PERSON/title", "[]", 400, null),
                new Rejected("a malformed change", "/api/people/$PERSON/title", "{\"title\":", 400, null));
    }

    static Stream<Rejected> unknownPaths() {
        return Stream.of(
                new Rejected("rename an unknown team", "/api/teams/$UNKNOWN/rename", "{\"name\":\"Y\"}", 404, null),
                new Rejected("change an unknown team's mission", "/api/teams/$UNKNOWN/mission", "{\"mission\":\"Y\"}", 404, null),
                new Rejected("move an unknown team", "/api/teams/$UNKNOWN/move", "{\"parentId\":null}", 404, null),
                new Rejected("lead an unknown team", "/api/teams/$UNKNOWN/lead", "{\"personId\":\"$PERSON\"}", 404, null),
                new Rejected("dissolve an unknown team", "/api/teams/$UNKNOWN/dissolve", "{}", 404, null),
                new Rejected("transfer an unknown person", "/api/people/$UNKNOWN/transfer", "{\"teamId\":\"$TEAM\"}", 404, null),
                new Rejected("manage an unknown person", "/api/people/$UNKNOWN/manager", "{\"managerId\":\"$PERSON\"}", 404, null),
                new Rejected("retitle an unknown person", "/api/people/$UNKNOWN/title", "{\"title\":\"Lead\"}", 404, null),
                new Rejected("level an unknown person", "/api/people/$UNKNOWN/level", "{\"level\":\"a/b\",\"kind\":\"PROMOTION\"}",
                        404, null),
                new Rejected("an unknown person leaves", "/api/people/$UNKNOWN/leave", "{\"kind\":\"OTHER\"}", 404, null),
                new Rejected("rename a person as if a team", "/api/teams/$PERSON/rename", "{\"name\":\"Y\"}", 404, null),
                new Rejected("dissolve a person as if a team", "/api/teams/$PERSON/dissolve", "{}", 404, null),
                new Rejected("retitle a team as if a person", "/api/people/$TEAM/title", "{\"title\":\"Lead\"}", 404, null),
                new Rejected("a team as if a person leaves", "/api/people/$TEAM/leave", "{\"kind\":\"OTHER\"}", 404, null),
                new Rejected("rename a non-UUID", "/api/teams/not-a-uuid/rename", "{\"name\":\"Y\"}", 404, null),
                new Rejected("retitle a non-UUID", "/api/people/12345/title", "{\"title\":\"Lead\"}", 404, null));
    }

    @ParameterizedTest(name = "POST /api/teams with {0}")
    @MethodSource("teamForms")
    void aBadTeamFormIsRefused(Rejected request) {
        assertRefused(request);
    }

    @ParameterizedTest(name = "POST /api/people with {0}")
    @MethodSource("hires")
    void aBadHireIsRefused(Rejected request) {
        assertRefused(request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aBadChangeIsRefused(Rejected request) {
        assertRefused(request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownPaths")
    void aChangeToSomethingUnknownIsNotFound(Rejected request) {
        assertRefused(request);
    }

    @Test
    void aHireWithoutAnyFieldNamesEveryRequiredField() {
        Api.Response response = api.post("/api/people", "{}");

        assertProblem(response, 400);
        assertThat(fields(response.json())).contains("name", "email", "title", "teamId", "startDate");
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/api/teams/$UNKNOWN", "/api/people/$UNKNOWN", "/api/people/$UNKNOWN/history",
            "/api/teams/$UNKNOWN/history", "/api/teams/not-a-uuid", "/api/people/not-a-uuid", "/api/teams/$PERSON",
            "/api/people/$TEAM"})
    void readingSomethingUnknownIsNotFound(String path) {
        assertProblem(api.get(fill(path)), 404);
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("/api/people?teamId=platform", "teamId"),
                Arguments.of("/api/people?page=first", "page"),
                Arguments.of("/api/people?size=99999999999", "size"),
                Arguments.of("/api/people?asOf=yesterday", "asOf"),
                Arguments.of("/api/people?q=" + "q".repeat(201), "q"),
                Arguments.of("/api/people?q=a%00b", "q"),
                Arguments.of("/api/org-chart?asOf=2024-13-45", "asOf"),
                Arguments.of("/api/org-chart?rootTeamId=top", "rootTeamId"),
                Arguments.of("/api/org-chart/export?format=pdf", "format"));
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("badQueries")
    void aBadQueryParameterIsRefused(String pathAndQuery, String field) {
        Api.Response response = api.get(pathAndQuery);

        assertProblem(response, 400);
        assertThat(fields(response.json())).contains(field);
    }

    @ParameterizedTest(name = "{0} as the date of a query")
    @ValueSource(strings = {"%2B9999999-01-01", "-4800-01-01", "0000-01-01", "1899-12-31", "3000-01-01"})
    void aDateNoOrganisationCanHaveIsRefusedInAQuery(String date) {
        for (String path : List.of("/api/people?asOf=", "/api/org-chart?asOf=", "/api/org-chart/export?format=csv&asOf=")) {
            Api.Response response = api.get(path + date);

            assertProblem(response, 400);
            assertThat(fields(response.json())).contains("asOf");
        }
    }

    @Test
    void anOldButPossibleDateInAQueryIsAnswered() {
        assertThat(api.get("/api/org-chart?asOf=1900-01-01").expect(200).json().get("people").size()).isZero();
        assertThat(api.get("/api/people?asOf=2999-12-31").status()).isEqualTo(200);
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        long before = EventLog.size(jdbc);

        Api.Response text = api.postRaw("/api/teams", "text/plain", "name=X");
        Api.Response none = api.postRaw("/api/teams", null, "{\"name\":\"X\"}");

        assertThat(text.status()).isBetween(400, 499);
        assertProblem(text, text.status());
        assertThat(none.status()).isBetween(400, 499);
        assertProblem(none, none.status());
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
    }

    static Stream<Arguments> textsWithNul() {
        String hire = "{\"name\":\"N\",\"email\":\"nul@example.com\",\"title\":\"E\",\"teamId\":\"$TEAM\",\"startDate\":\"2024-01-01\"";
        return Stream.of(
                Arguments.of("/api/teams", "{\"name\":\"Nul\\u0000Team\"}", "name"),
                Arguments.of("/api/teams", "{\"name\":\"Nul mission\",\"mission\":\"\\u0000\"}", "mission"),
                Arguments.of("/api/teams", "{\"name\":\"Nul reason\",\"reason\":\"why\\u0000\"}", "reason"),
                Arguments.of("/api/people", hire.replace("\"N\"", "\"N\\u0000\"") + "}", "name"),
                Arguments.of("/api/people", hire + ",\"level\":\"eng/\\u0000\"}", "level"),
                Arguments.of("/api/people/$PERSON/title", "{\"title\":\"T\\u0000\"}", "title"));
    }

    // PostgreSQL cannot store NUL: a name with one failed the command with a 500, and a reason with one was
    // recorded and then stopped the history projection for every event after it.
    @ParameterizedTest(name = "POST {0} with {1}")
    @MethodSource("textsWithNul")
    void aNulCharacterInTextIsRefusedNotAServerFailure(String path, String body, String field) {
        assertRefused(new Rejected("NUL in " + field, path, body, 400, field));
    }

    @ParameterizedTest(name = "the name {0}")
    @ValueSource(strings = {"Zoë Ångström-Øre", "山田 太郎", "Ωmega team 🚀👩🏽‍💻", "فريق المنصة", "e\u0301cole", "Ünïcødé ✓ \"quoted\" \\ back"})
    void unicodeAndEmojiInNamesAreKeptExactly(String name) {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
        UUID team = api.post("/api/teams", Map.of("name", unique, "mission", name, "effectiveDate", "2024-01-01"))
                .expect(201).id();
        JsonNode readTeam = api.get("/api/teams/" + team).expect(200).json();
        assertThat(readTeam.get("name").asString()).isEqualTo(unique);
        assertThat(readTeam.get("mission").asString()).isEqualTo(name);

        UUID person = api.post("/api/people", Map.of("name", name, "email", "u." + UUID.randomUUID() + "@example.com",
                "title", name, "teamId", team.toString(), "startDate", "2024-01-01")).expect(201).id();
        JsonNode readPerson = api.get("/api/people/" + person).expect(200).json();
        assertThat(readPerson.get("name").asString()).isEqualTo(name);
        assertThat(readPerson.get("title").asString()).isEqualTo(name);
    }

    @Test
    void aNameOfExactlyTwoHundredCharactersIsAccepted() {
        String name = UUID.randomUUID() + "x".repeat(200 - 36);
        UUID team = api.post("/api/teams", Map.of("name", name)).expect(201).id();
        assertThat(api.get("/api/teams/" + team).expect(200).json().get("name").asString()).isEqualTo(name);
    }

    @Test
    void aReportingCycleIsAConflictAndRecordsNothing() {
        String boss = fixture.get("$PERSON");
        String report = fixture.get("$OTHER_PERSON");

        assertConflict("/api/people/" + boss + "/manager", "{\"managerId\":\"" + report + "\",\"effectiveDate\":\"2024-06-01\"}");
        assertThat(api.get("/api/people/" + boss).expect(200).json().get("managerId").isNull()).isTrue();
    }

    @Test
    void dissolvingATeamWithMembersIsAConflictAndRecordsNothing() {
        assertConflict("/api/teams/" + fixture.get("$TEAM") + "/dissolve", "{\"effectiveDate\":\"2024-06-01\"}");
        assertThat(api.get("/api/teams/" + fixture.get("$TEAM")).expect(200).json().get("memberCount").asInt()).isEqualTo(2);
    }

    @Test
    void aChangeBeforeTheHireIsAConflictAndRecordsNothing() {
        assertConflict("/api/people/" + fixture.get("$PERSON") + "/title", "{\"title\":\"Early\",\"effectiveDate\":\"2023-01-01\"}");
    }

    @Test
    void aManagerWithReportsCannotLeaveWithoutSomeoneToTakeThem() {
        assertConflict("/api/people/" + fixture.get("$PERSON") + "/leave", "{\"kind\":\"VOLUNTARY\",\"effectiveDate\":\"2024-06-01\"}");
        assertThat(api.get("/api/people/" + fixture.get("$PERSON")).expect(200).json().get("status").asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void aTeamCannotMoveUnderItsOwnSubTeam() {
        UUID child = api.formTeam("Child " + UUID.randomUUID(), UUID.fromString(fixture.get("$TEAM")), LocalDate.of(2024, 1, 1));
        assertConflict("/api/teams/" + fixture.get("$TEAM") + "/move", "{\"parentId\":\"" + child + "\"}");
    }

    @Test
    void anEmployeeNumberBelongsToOnePersonOnly() {
        String number = "DUP-" + UUID.randomUUID();
        String team = api.formTeam("Numbers " + UUID.randomUUID(), null, LocalDate.of(2024, 1, 1)).toString();
        api.post("/api/people", Map.of("employeeNumber", number, "name", "First", "email", "first." + UUID.randomUUID()
                + "@example.com", "title", "E", "teamId", team, "startDate", "2024-01-01")).expect(201);

        assertConflict("/api/people", "{\"employeeNumber\":\"" + number + "\",\"name\":\"Second\",\"email\":\"second@example.com\","
                + "\"title\":\"E\",\"teamId\":\"" + team + "\",\"startDate\":\"2024-01-01\"}");
    }

    private void assertRefused(Rejected request) {
        long before = EventLog.size(jdbc);

        Api.Response response = api.post(fill(request.path()), fill(request.body()));

        assertProblem(response, request.status());
        if (request.field() != null) {
            assertThat(fields(response.json())).as(response.body()).contains(request.field());
        }
        assertThat(EventLog.size(jdbc)).as("events recorded by a refused request").isEqualTo(before);
    }

    private void assertConflict(String path, String body) {
        long before = EventLog.size(jdbc);

        Api.Response response = api.post(path, body);

        assertProblem(response, 409);
        assertThat(EventLog.size(jdbc)).as("events recorded by a refused request").isEqualTo(before);
    }

    private static void assertProblem(Api.Response response, int status) {
        response.expectProblem(status);
    }

    private static List<String> fields(JsonNode problem) {
        assertThat(problem.has("errors")).as("problem has errors: " + problem).isTrue();
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private String fill(String text) {
        String filled = text;
        for (Map.Entry<String, String> entry : fixture.entrySet()) {
            filled = filled.replace(entry.getKey(), entry.getValue());
        }
        return filled.replace("$UNKNOWN", UUID.randomUUID().toString());
    }
}
