package io.cadre.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.ladder.Ladders;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.support.Api;
import io.cadre.support.EventLog;
import io.cadre.support.IntegrationTest;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cadre refuses bad input at the edge, over real HTTP on the real database: a field a body does not have, a
 * field given twice, a value that is not of its field's type, a required null left out, and text that is not
 * valid Unicode or holds control characters, in JSON bodies, query parameters and imported files. Each
 * refusal is a 400 problem+json naming the field (or the line of a file) and records nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictInputTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Api api;
    private UUID team;
    private UUID boss;
    private UUID person;
    private UUID ladder;
    private String username;

    @BeforeAll
    void setUp() {
        api = Api.asAdmin(port);
        team = api.formTeam("Strict " + UUID.randomUUID(), null, LocalDate.of(2024, 1, 1));
        boss = api.hire("Bea Boss", team, null, LocalDate.of(2024, 1, 1));
        person = api.hire("Sam Strict", team, boss, LocalDate.of(2024, 1, 1));
        String code = "strict-" + UUID.randomUUID().toString().substring(0, 8);
        ladder = api.postRaw("/api/ladders/import", "application/json",
                LadderFormat.write(Ladders.small(code), LadderFormat.Syntax.JSON)).expect(201).id();
        username = "strict-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/users", Map.of("username", username, "password", "long-enough-password", "roles", List.of("EMPLOYEE")))
                .expect(201);
    }

    private String hire(String extra) {
        return "{\"name\":\"Hana Hire\",\"email\":\"hana." + UUID.randomUUID() + "@example.com\",\"title\":\"Engineer\","
                + "\"teamId\":\"" + team + "\",\"startDate\":\"2024-12-31\"" + extra + "}";
    }

    @Test
    void aHireWithAnEffectiveDateThatIsNotADateIsRefused() {
        assertRefused("/api/people", hire(",\"effectiveDate\":\"31/12/2024\""), "effectiveDate");
    }

    @Test
    void aHireTakesEffectiveDateOnlyAsItsStartDate() {
        assertRefused("/api/people", hire(",\"effectiveDate\":\"2025-01-01\""), "effectiveDate");

        UUID hired = api.post("/api/people", hire(",\"effectiveDate\":\"2024-12-31\"")).expect(201).id();
        assertThat(api.get("/api/people/" + hired).expect(200).json().get("startDate").asString()).isEqualTo("2024-12-31");
    }

    @Test
    void aFieldABodyDoesNotHaveIsRefused() {
        assertRefused("/api/people", hire(",\"salary\":100000"), "salary");
        assertRefused("/api/people/" + person + "/title", "{\"title\":\"Lead\",\"titel\":\"Lead\"}", "titel");
    }

    @ParameterizedTest(name = "an effective date of {0}")
    @ValueSource(strings = {"\" \"", "\"\"", "[]", "[2024,6,1]", "20240601", "{}", "true", "\"2024-6-1\"", "\"2024-06-01T00:00:00\""})
    void anEffectiveDateThatIsNotAnIsoDateIsRefusedNotTakenAsToday(String date) {
        assertRefused("/api/people/" + person + "/title", "{\"title\":\"Lead\",\"effectiveDate\":" + date + "}", "effectiveDate");
        assertRefused("/api/teams", "{\"name\":\"Dated\",\"effectiveDate\":" + date + "}", "effectiveDate");
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        assertRefused("/api/people/" + person + "/title", "{\"title\":\"Lead\",\"title\":\"Principal\"}", "title");
        assertRefused("/api/people", hire(",\"managerId\":\"" + boss + "\",\"managerId\":null"), "managerId");
    }

    @Test
    void anEmptyTextIsNotAnId() {
        assertRefused("/api/people/" + person + "/manager", "{\"managerId\":\"\"}", "managerId");
        assertRefused("/api/people/" + person + "/manager", "{\"managerId\":\" \"}", "managerId");
        assertRefused("/api/people/" + person + "/level", "{\"level\":\"eng/senior\",\"kind\":\"\"}", "kind");
    }

    @Test
    void clearingAManagerTakesAnExplicitNull() {
        assertRefused("/api/people/" + person + "/manager", "{}", "managerId");
        assertRefused("/api/people/" + person + "/manager", "{\"effectiveDate\":\"2024-06-01\"}", "managerId");
        assertThat(api.get("/api/people/" + person).expect(200).json().get("managerId").asString()).isEqualTo(boss.toString());

        UUID report = api.hire("Rita Report", team, boss, LocalDate.of(2024, 1, 1));
        api.post("/api/people/" + report + "/manager", "{\"managerId\":null,\"effectiveDate\":\"2024-06-01\"}").expect(200);
        assertThat(api.get("/api/people/" + report).expect(200).json().get("managerId").isNull()).isTrue();
    }

    @Test
    void movingATeamToTheTopOrLeavingItWithoutALeadTakesAnExplicitNull() {
        assertRefused("/api/teams/" + team + "/move", "{}", "parentId");
        assertRefused("/api/teams/" + team + "/lead", "{\"effectiveDate\":\"2024-06-01\"}", "personId");
    }

    /** The exact request that used to be stored and then stop the projection for good. */
    @Test
    void aHireWhoseTitleIsALoneSurrogateIsRefusedAndRecordsNothing() {
        String body = "{\"name\":\"Lone Surrogate\",\"email\":\"lone." + UUID.randomUUID() + "@example.com\",\"title\":\"\\ud800\","
                + "\"teamId\":\"" + team + "\",\"startDate\":\"2024-01-01\"}";
        long before = EventLog.size(jdbc);

        Api.Response response = api.post("/api/people", body);

        response.expectProblem(400);
        assertThat(fields(response)).containsExactly("title");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("surrogate");
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
        api.post("/api/people/" + person + "/title", "{\"title\":\"Still works\"}").expect(200);
    }

    Stream<Arguments> badTexts() {
        String lad = "/api/ladders/" + ladder;
        String content = JsonMapper.builder().build().writeValueAsString(Ladders.small("broken"))
                .replace("\"A small ladder.\"", "\"A small\\ud800 ladder.\"");
        return Stream.of(
                Arguments.of("/api/people", hire("").replace("\"Engineer\"", "\"\\ud800\""), "title"),
                Arguments.of("/api/people", hire("").replace("\"Engineer\"", "\"Engi\\udfffneer\""), "title"),
                Arguments.of("/api/people", hire("").replace("\"Hana Hire\"", "\"Hana\\u001bHire\""), "name"),
                Arguments.of("/api/people", hire("").replace("\"Hana Hire\"", "\"Hana\\tHire\""), "name"),
                Arguments.of("/api/people", hire("").replace("\"Hana Hire\"", "\"Hana\\nHire\""), "name"),
                Arguments.of("/api/people", hire("").replace("\"Hana Hire\"", "\"Hana\\u0085Hire\""), "name"),
                Arguments.of("/api/people", hire(",\"employeeNumber\":\"E\\u007f1\""), "employeeNumber"),
                Arguments.of("/api/people", hire(",\"level\":\"eng/\\ud83d\""), "level"),
                Arguments.of("/api/teams", "{\"name\":\"T\\u0007\"}", "name"),
                Arguments.of("/api/teams", "{\"name\":\"Mission\",\"mission\":\"Ship\\u0000\"}", "mission"),
                Arguments.of("/api/teams", "{\"name\":\"Mission\",\"mission\":\"Ship\\udc00\"}", "mission"),
                Arguments.of("/api/teams", "{\"name\":\"Reason\",\"reason\":\"why\\u001b[31m\"}", "reason"),
                Arguments.of("/api/teams/" + team + "/rename", "{\"name\":\"\\ud800\\ud800\"}", "name"),
                Arguments.of("/api/people/" + person + "/title", "{\"title\":\"Lead\\r\"}", "title"),
                Arguments.of("/api/people/" + person + "/leave", "{\"kind\":\"OTHER\",\"reason\":\"\\ud800\"}", "reason"),
                Arguments.of(lad + "/draft", "{\"content\":" + content + "}", "content.summary"),
                Arguments.of(lad + "/publish", "{\"reason\":\"\\u0000\"}", "reason"),
                Arguments.of("/api/ladders/labels/map", "{\"mappings\":{\"eng\\u0001\":\"x/y\"}}", "mappings"),
                Arguments.of("/api/ladders/labels/map", "{\"mappings\":{\"eng\":\"x/\\ud800\"}}", "mappings"),
                Arguments.of("/api/users", "{\"username\":\"u" + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"password\":\"long\\ud800password\",\"roles\":[\"HR\"]}", "password"),
                Arguments.of("/api/users/" + username + "/tokens", "{\"name\":\"token\\u0000\"}", "name"));
    }

    @ParameterizedTest(name = "POST {0} {1}")
    @MethodSource("badTexts")
    void textThatIsNotValidUnicodeOrHoldsControlCharactersIsRefused(String path, String body, String field) {
        assertRefused(path, body, field);
    }

    @Test
    void multiLineFieldsKeepTheirLinesAndTabsAndEveryFieldKeepsEmoji() {
        String mission = "Ship things.\n\tThen ship more 🚀\r\nAnd rest.";
        UUID formed = api.post("/api/teams", Map.of("name", "Lines 👩🏽‍💻 " + UUID.randomUUID(), "mission", mission,
                "reason", "Because:\n\t- growth")).expect(201).id();
        assertThat(api.get("/api/teams/" + formed).expect(200).json().get("mission").asString()).isEqualTo(mission);
    }

    @Test
    void aQueryParameterWithControlCharactersIsRefused() {
        long before = EventLog.size(jdbc);
        Api.Response search = api.get("/api/people?q=a%1Bb");
        search.expectProblem(400);
        assertThat(fields(search)).containsExactly("q");

        String file = LadderFormat.write(Ladders.small("q-" + UUID.randomUUID().toString().substring(0, 8)), LadderFormat.Syntax.JSON);
        Api.Response reason = api.postRaw("/api/ladders/import?reason=a%07b", "application/json", file);
        reason.expectProblem(400);
        assertThat(fields(reason)).containsExactly("reason");
        Api.Response code = api.postRaw("/api/ladders/import?code=a%0Ab", "application/json", file);
        code.expectProblem(400);
        assertThat(fields(code)).containsExactly("code");
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
    }

    @Test
    void aLadderFileWithALoneSurrogateIsRefusedWithItsLine() {
        String file = LadderFormat.write(Ladders.small("lone-" + UUID.randomUUID().toString().substring(0, 8)), LadderFormat.Syntax.JSON)
                .replace("\"Senior Engineer\"", "\"Senior \\udc00Engineer\"");
        long before = EventLog.size(jdbc);

        Api.Response response = api.postRaw("/api/ladders/import", "application/json", file);

        response.expectProblem(400);
        assertThat(fields(response)).containsExactly("levels[2].title");
        assertThat(response.json().get("errors").get(0).get("message").asString()).startsWith("line ").contains("surrogate");
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
    }

    @Test
    void anImportedLineWithControlCharactersIsARefusedRowAndTheOthersLand() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = String.join("\n",
                "Employee Number,Name,Email,Title,Team,Start Date",
                "A-" + tag + ",Ann Fine," + tag + ".ann@example.com,Engineer,Imported " + tag + ",2022-01-10",
                "B-" + tag + ",Ben Nul," + tag + ".ben@example.com,Engi\u0000neer,Imported " + tag + ",2022-01-10",
                "C-" + tag + ",\"Cy\u001bEscape\"," + tag + ".cy@example.com,Engineer,Imported " + tag + ",2022-01-10",
                "D-" + tag + ",\"Dee\nTwo Lines\"," + tag + ".dee@example.com,Engineer,Imported " + tag + ",2022-01-10",
                "E-" + tag + ",Eve Fine," + tag + ".eve@example.com,Engineer,Imported " + tag + ",2022-01-10") + "\n";

        String id = api.postRaw("/api/imports/people", "text/csv", csv).expect(202).json().get("id").asString();
        JsonNode progress = awaitImport(id);

        assertThat(progress.get("failed").asInt()).isEqualTo(3);
        assertThat(messages(progress, 3)).singleElement().asString().startsWith("Title").contains("NUL");
        assertThat(messages(progress, 4)).singleElement().asString().startsWith("Name").contains("U+001B");
        assertThat(messages(progress, 5)).singleElement().asString().startsWith("Name").contains("single line");
        assertThat(api.get("/api/people?q=" + tag).json().get("total").asInt()).isEqualTo(2);
    }

    @Test
    void anImportWhoseHeaderHoldsControlCharactersIsRefusedAtOnce() {
        long before = EventLog.size(jdbc);
        Api.Response people = api.postRaw("/api/imports/people", "text/csv", "Name,Email,Start\u0000Date\nA,a@example.com,2024-01-01\n");
        people.expectProblem(400);
        assertThat(fields(people)).contains("header");
        Api.Response history = api.postRaw("/api/imports/job-history", "text/csv",
                "Employee Number,Start Date,End Date,Ti\u0007tle\nA,2020-01-01,2021-01-01,Engineer\n");
        history.expectProblem(400);
        assertThat(fields(history)).contains("header");
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
    }

    /** Every command endpoint whose body is JSON, found from the running application, with the fields its body takes. */
    private List<Endpoint> commandEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                return;
            }
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class) && parameter.getParameterType().isRecord()) {
                    List<String> fields = Stream.of(parameter.getParameterType().getRecordComponents()).map(RecordComponent::getName).toList();
                    info.getPatternValues().forEach(pattern -> endpoints.add(new Endpoint(pattern, fill(pattern), fields)));
                }
            }
        });
        return endpoints;
    }

    record Endpoint(String pattern, String path, List<String> fields) {
    }

    private String fill(String pattern) {
        String id = pattern.startsWith("/api/teams/") ? team.toString() : pattern.startsWith("/api/people/") ? person.toString()
                : pattern.startsWith("/api/ladders/") ? ladder.toString() : UUID.randomUUID().toString();
        // Any other path variable (an objective's, a position's) names nothing: the body is refused before it is looked up.
        return pattern.replace("{username}", username).replace("{id}", id).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    @TestFactory
    Stream<DynamicTest> everyCommandRefusesAFieldItDoesNotTakeAndEveryWronglyTypedField() {
        List<Endpoint> endpoints = commandEndpoints();
        assertThat(endpoints.stream().map(Endpoint::pattern)).contains("/api/teams", "/api/teams/{id}/rename", "/api/teams/{id}/mission",
                "/api/teams/{id}/move", "/api/teams/{id}/lead", "/api/teams/{id}/dissolve", "/api/people", "/api/people/{id}/transfer",
                "/api/people/{id}/manager", "/api/people/{id}/title", "/api/people/{id}/level", "/api/people/{id}/leave",
                "/api/ladders/{id}/draft", "/api/ladders/{id}/publish", "/api/ladders/labels/map", "/api/users",
                "/api/users/{username}/roles", "/api/users/{username}/person", "/api/users/{username}/tokens");
        int users = api.get("/api/users").expect(200).json().size();
        return Stream.concat(
                endpoints.stream().map(e -> DynamicTest.dynamicTest("POST " + e.pattern() + " with a field it does not take", () -> {
                    String allNull = e.fields().stream().map(f -> "\"" + f + "\":null,").reduce("", String::concat);
                    assertRefused(e.path(), "{" + allNull + "\"unheardOf\":\"x\"}", "unheardOf");
                    assertRefused(e.path(), "{\"" + e.fields().getFirst() + "\":null,\"reasons\":\"x\"}", "reasons");
                })),
                endpoints.stream().flatMap(e -> e.fields().stream().map(field ->
                        DynamicTest.dynamicTest("POST " + e.pattern() + " with a wrongly typed " + field, () -> {
                            // An array of a boolean: wrong for every field, a boolean one too.
                            assertRefused(e.path(), "{\"" + field + "\":[true]}", field);
                            assertRefused(e.path(), "{\"" + field + "\":{\"nested\":[1]}}", field);
                            assertThat(api.get("/api/users").expect(200).json().size()).isEqualTo(users);
                        }))));
    }

    private void assertRefused(String path, String body, String field) {
        long before = EventLog.size(jdbc);

        Api.Response response = api.post(path, body);

        response.expectProblem(400);
        assertThat(fields(response)).as(response.body())
                .anyMatch(named -> named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "["));
        assertThat(EventLog.size(jdbc)).as("events recorded by a refused request").isEqualTo(before);
    }

    private static List<String> fields(Api.Response response) {
        JsonNode problem = response.json();
        assertThat(problem.has("errors")).as("problem has errors: " + problem).isTrue();
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private JsonNode awaitImport(String id) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120)).until(() -> {
            String status = api.get("/api/imports/" + id).json().get("status").asString();
            return status.equals("COMPLETED") || status.equals("FAILED");
        });
        return api.get("/api/imports/" + id).expect(200).json();
    }

    private static List<String> messages(JsonNode progress, int row) {
        List<String> found = new ArrayList<>();
        progress.get("errors").forEach(m -> {
            if (m.get("row").asInt() == row) {
                found.add(m.get("message").asString());
            }
        });
        return found;
    }
}
