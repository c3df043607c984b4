package io.cadre.ladder.web;

import static io.cadre.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cadre.ladder.Ladders;
import io.cadre.ladder.api.Expectation;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Ladders through the REST API, on a database of their own: once a ladder is published every level given
 * must name one, so free labels are given first, then the Financial Times framework is published.
 */
@IntegrationTest
@TestPropertySource(properties = "cadre.test.context=ladder-api")
class LadderApiTest {

    private static final Path FT_ENGINEERING = Path.of("../shared/data/ft-engineering-progression/data/job-families/engineering.yml");
    private static final LocalDate START = LocalDate.of(2024, 1, 15);

    private static UUID team;
    private static UUID engineering;
    private static final List<UUID> labelled = new ArrayList<>();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    private Api admin;

    @BeforeEach
    void freeLabelsFirstThenTheFramework() throws IOException {
        admin = Api.asAdmin(port);
        if (engineering == null) {
            team = admin.formTeam("Platform", null, START.minusYears(1));
            labelled.add(hire("Ada Free", "Senior", START));
            labelled.add(hire("Bo Free", "Junior", START));
            engineering = admin.postRaw("/api/ladders/import?publish=true&reason=Adopt+the+framework", "application/yaml",
                    Files.readString(FT_ENGINEERING)).expect(201).id();
        }
    }

    @Test
    void theFrameworkImportsAsAPublishedLadder() {
        JsonNode ladders = admin.get("/api/ladders").expect(200).json();
        assertThat(ladders.valueStream().map(l -> l.get("code").asString())).contains("engineering");
        JsonNode ladder = admin.get("/api/ladders/" + engineering).expect(200).json();
        assertThat(ladder.get("latestVersion").asInt()).isEqualTo(1);
        assertThat(ladder.get("published").get("levels")).hasSize(8);
        assertThat(ladder.get("versions").get(0).get("publishedBy").asString()).isEqualTo("admin");
        assertThat(ladder.get("versions").get(0).get("reason").asString()).isEqualTo("Adopt the framework");
    }

    @Test
    void aLadderExportedAndImportedAgainIsIdentical() {
        for (String format : List.of("yaml", "json")) {
            Api.Response export = admin.get("/api/ladders/" + engineering + "/export?format=" + format).expect(200);
            assertThat(export.header("Content-Disposition")).contains("engineering." + format);
            JsonNode again = admin.postRaw("/api/ladders/import?publish=true", "application/" + format, export.body()).expect(200).json();
            assertThat(again.get("id").asString()).isEqualTo(engineering.toString());
            assertThat(again.get("publishedVersion").asInt()).isEqualTo(1);
            assertThat(admin.get("/api/ladders/" + engineering + "/export?format=" + format).expect(200).body()).isEqualTo(export.body());
        }
        assertThat(admin.get("/api/ladders/" + engineering).json().get("draftPending").asBoolean()).isFalse();
    }

    @Test
    void aBadFileReportsEveryProblemAtItsLineAndCreatesNothing() {
        String file = """
                format: cadre-ladder/1
                code: broken
                name: Broken
                tracks:
                  - code: ic
                    name: IC
                levels:
                  - code: one
                    title: One
                    tracks: [ic, nowhere]
                    order: 1
                areas:
                  - code: craft
                    name: Craft
                expectations:
                  - level: one
                    area: crafts
                    text: Builds.
                    proficiency: Guru
                """;
        JsonNode problem = admin.postRaw("/api/ladders/import", "application/yaml", file).expectProblem(400).json();
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString() + " " + e.get("message").asString()))
                .containsExactlyInAnyOrder(
                        "levels[0].tracks line 10: no track nowhere",
                        "expectations[0].area line 17: no area crafts",
                        "expectations[0].proficiency line 19: must be one of Awareness, Foundational, Working knowledge, Practitioner, Expert");
        assertThat(admin.get("/api/ladders").json().valueStream().map(l -> l.get("code").asString())).doesNotContain("broken");
        admin.postRaw("/api/ladders/import", "application/yaml", "name: [unclosed").expectProblem(400);
        admin.postRaw("/api/ladders/import", "application/yaml", "").expectProblem(400);
    }

    @Test
    void freeLabelsStayVisibleAndMapToLevelsInOneStep() {
        assertThat(admin.get("/api/people/" + labelled.getFirst()).json().get("level").asString()).isEqualTo("Senior");
        JsonNode labels = admin.get("/api/ladders/labels").expect(200).json();
        assertThat(labels.valueStream().map(l -> l.get("label").asString())).contains("Senior", "Junior");
        admin.post("/api/ladders/labels/map", Map.of("mappings", Map.of("Senior", "engineering/nope"))).expectProblem(400);
        JsonNode mapped = admin.post("/api/ladders/labels/map", Map.of("mappings",
                Map.of("Senior", "engineering/senior-1", "Junior", "engineering/junior"), "reason", "Levels from the framework")).expect(200).json();
        assertThat(mapped.get("corrected").asInt()).isEqualTo(2);
        assertThat(admin.get("/api/people/" + labelled.getFirst()).json().get("level").asString()).isEqualTo("engineering/senior-1");
        JsonNode path = admin.get("/api/people/" + labelled.getFirst() + "/growth-path").expect(200).json();
        assertThat(path.get("steps").valueStream().map(s -> s.get("level").asString() + " " + s.get("kind").asString() + " "
                + s.get("ladderVersion").asString())).containsExactly("Senior HIRE ", "engineering/senior-1 CORRECTION 1");
        assertThat(path.get("steps").get(1).get("effectiveDate").asString()).as("the label is replaced from the day it was given")
                .isEqualTo(START.toString());
        assertThat(admin.get("/api/ladders/labels").json().valueStream().map(l -> l.get("label").asString())).doesNotContain("Senior");
    }

    @Test
    void aLevelMustNameAPublishedLevel() {
        assertThat(admin.post("/api/people", hireBody("Cy Unknown", "engineering/nope")).expectProblem(400).json()
                .get("errors").get(0).get("field").asString()).isEqualTo("level");
        admin.post("/api/people", hireBody("Di Label", "Senior")).expectProblem(400);
        UUID person = admin.post("/api/people", hireBody("Ed Known", "engineering/engineer")).expect(201).id();
        admin.post("/api/people/" + person + "/level", body("level", "engineering/staff", "kind", "PROMOTION")).expectProblem(400);
        assertThat(admin.get("/api/people/" + person + "/growth-path").json().get("steps").get(0).get("ladderVersion").asInt()).isEqualTo(1);
    }

    @Test
    void aGrowthPathShowsNextLevelsCrossTrackOptionsAndWhatATargetExpects() {
        UUID person = admin.post("/api/people", hireBody("Fay Path", "engineering/senior-1")).expect(201).id();
        JsonNode before = admin.get("/api/people/" + person + "/growth-path").expect(200).json();
        assertThat(before.get("currentTitle").asString()).isEqualTo("Senior Engineer 1");
        assertThat(before.get("nextLevels").valueStream().map(o -> o.get("level").asString() + " | " + o.get("relation").asString()))
                .containsExactly("engineering/senior-2-ic | next on Individual contributor", "engineering/senior-2-pm | next on People manager");
        admin.post("/api/people/" + person + "/level", body("level", "engineering/senior-2-ic", "kind", "PROMOTION",
                "effectiveDate", START.plusYears(1).toString(), "reason", "Ready")).expect(200);
        JsonNode after = admin.get("/api/people/" + person + "/growth-path?target=principal-ic").expect(200).json();
        assertThat(after.get("currentLevel").asString()).isEqualTo("engineering/senior-2-ic");
        assertThat(after.get("since").asString()).isEqualTo(START.plusYears(1).toString());
        assertThat(after.get("steps")).hasSize(2);
        assertThat(after.get("steps").get(0).get("daysInLevel").asLong()).isEqualTo(366);
        assertThat(after.get("nextLevels").valueStream().map(o -> o.get("level").asString())).containsExactly("engineering/principal-ic");
        assertThat(after.get("crossTrackOptions").valueStream().map(o -> o.get("level").asString() + " | " + o.get("relation").asString()))
                .containsExactly("engineering/senior-2-pm | equivalent on People manager", "engineering/principal-pm | next on People manager");
        JsonNode target = after.get("target");
        assertThat(target.get("toTitle").asString()).isEqualTo("Principal Engineer (Individual Contributor)");
        assertThat(target.get("areas")).hasSize(9);
        assertThat(target.get("areas").valueStream().map(a -> a.get("change").asString())).allMatch(c -> !c.equals("SAME"));
        admin.get("/api/people/" + person + "/growth-path?target=nope").expectProblem(400);
        admin.get("/api/people/" + UUID.randomUUID() + "/growth-path").expectProblem(404);
    }

    @Test
    void aRetractedPromotionLeavesTheGrowthPath() {
        UUID person = admin.post("/api/people", hireBody("Gus Retracted", "engineering/senior-1")).expect(201).id();
        admin.post("/api/people/" + person + "/level", body("level", "engineering/senior-2-ic", "kind", "PROMOTION",
                "effectiveDate", START.plusYears(1).toString(), "reason", "Entered for the wrong Gus")).expect(200);
        assertThat(admin.get("/api/people/" + person + "/growth-path").expect(200).json().get("steps")).hasSize(2);
        String promotion = jdbc.queryForObject("select event_identifier from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%.LevelChanged'", String.class, person.toString());

        admin.post("/api/corrections", body("eventId", promotion, "reason", "Another Gus was promoted")).expect(200);

        JsonNode path = admin.get("/api/people/" + person + "/growth-path").expect(200).json();
        assertThat(path.get("currentLevel").asString()).isEqualTo("engineering/senior-1");
        assertThat(path.get("steps").valueStream().map(step -> step.get("level").asString() + " " + step.get("kind").asString()))
                .containsExactly("engineering/senior-1 HIRE");
    }

    @Test
    void twoLevelsCompareAreaByArea() {
        JsonNode comparison = admin.get("/api/ladders/" + engineering + "/compare?from=senior-1&to=senior-2-ic").expect(200).json();
        assertThat(comparison.get("areas")).hasSize(9);
        assertThat(comparison.get("areas").valueStream().map(a -> a.get("change").asString())).contains("RAISED");
        JsonNode area = comparison.get("areas").get(0);
        assertThat(area.get("from").get(0).get("text").asString()).isNotBlank();
        assertThat(area.get("to").get(0).get("text").asString()).isNotEqualTo(area.get("from").get(0).get("text").asString());
        admin.get("/api/ladders/" + engineering + "/compare?from=senior-1&to=nope").expectProblem(400);
        admin.get("/api/ladders/" + UUID.randomUUID() + "/compare?from=a&to=b").expectProblem(404);
    }

    @Test
    void aNewVersionShowsWhatItChangesAndRetiredLevelsKeepTheirPeople() {
        LadderContent small = Ladders.small("growth");
        UUID ladder = admin.postRaw("/api/ladders/import?publish=true", "application/json",
                LadderFormat.write(small, LadderFormat.Syntax.JSON)).expect(201).id();
        UUID senior = admin.post("/api/people", hireBody("Gil Senior", "growth/senior")).expect(201).id();
        UUID staff = admin.post("/api/people", hireBody("Hal Staff", "growth/staff")).expect(201).id();
        List<Expectation> raised = small.expectations().stream()
                .map(e -> e.level().equals("senior") && e.area().equals("craft") ? new Expectation("senior", "craft", "Leads the craft.", "Expert") : e)
                .toList();
        LadderContent second = Ladders.withLevel(Ladders.withExpectations(small, raised), "staff", Ladders::retired);
        admin.post("/api/ladders/" + ladder + "/draft", Map.of("content", second)).expect(200);
        JsonNode draft = admin.get("/api/ladders/" + ladder).json();
        assertThat(draft.get("draftPending").asBoolean()).isTrue();
        assertThat(draft.get("draftChanges").valueStream().map(JsonNode::asString))
                .containsExactly("senior: expectations changed in Craft", "staff: retired");
        admin.post("/api/ladders/" + ladder + "/publish", Map.of("reason", "Raise the bar")).expect(200);
        admin.post("/api/ladders/" + ladder + "/publish", Map.of()).expectProblem(409);

        JsonNode path = admin.get("/api/people/" + senior + "/growth-path").json();
        assertThat(path.get("latestVersion").asInt()).isEqualTo(2);
        assertThat(path.get("steps").get(0).get("ladderVersion").asInt()).isEqualTo(1);
        assertThat(path.get("steps").get(0).get("changedSince").valueStream().map(JsonNode::asString))
                .containsExactly("expectations changed in Craft");

        assertThat(admin.get("/api/people/" + staff).json().get("level").asString()).isEqualTo("growth/staff");
        admin.post("/api/people", hireBody("Ida Late", "growth/staff")).expectProblem(409);
        JsonNode distribution = admin.get("/api/ladders/" + ladder + "/distribution").expect(200).json();
        assertThat(distribution.get("onRetiredLevels").valueStream().map(p -> p.get("name").asString())).containsExactly("Hal Staff");
        JsonNode ic = distribution.get("tracks").get(0);
        assertThat(ic.get("track").asString()).isEqualTo("ic");
        assertThat(ic.get("levels").valueStream().filter(l -> l.get("people").asInt() > 0).map(l -> l.get("level").asString()))
                .containsExactly("senior", "staff");
        assertThat(distribution.get("elsewhere").asInt()).isPositive();
    }

    @Test
    void theDistributionCountsEachPersonOnceOnTheirOwnTrack() {
        String code = "forks-" + UUID.randomUUID().toString().substring(0, 6);
        LadderContent small = Ladders.small(code);
        List<io.cadre.ladder.api.Level> levels = new ArrayList<>(small.levels());
        levels.add(new io.cadre.ladder.api.Level("head", "Head of Engineering", List.of("ic", "management"), 5, null, false));
        List<Expectation> expectations = new ArrayList<>(small.expectations());
        expectations.add(new Expectation("head", "craft", "Sets the craft's direction.", "Expert"));
        expectations.add(new Expectation("head", "people", "Grows leaders.", "Expert"));
        LadderContent forks = new LadderContent(code, "Forks", "Tracks that fork and meet again at the top.", small.tracks(), levels,
                small.equivalences(), small.areas(), expectations);
        UUID ladder = admin.postRaw("/api/ladders/import?publish=true", "application/json",
                LadderFormat.write(forks, LadderFormat.Syntax.JSON)).expect(201).id();
        hire("Ann Shared", code + "/mid", START);
        hire("Abe Top", code + "/head", START);
        UUID ben = hire("Ben Switched", code + "/senior", START);
        admin.post("/api/people/" + ben + "/level", body("level", code + "/lead", "kind", "TRACK_SWITCH",
                "effectiveDate", START.plusYears(1).toString(), "reason", "Wants to lead people")).expect(200);
        admin.post("/api/people/" + ben + "/level", body("level", code + "/head", "kind", "PROMOTION",
                "effectiveDate", START.plusYears(2).toString(), "reason", "Heads the department")).expect(200);

        JsonNode today = admin.get("/api/ladders/" + ladder + "/distribution").expect(200).json();
        assertThat(counts(today)).containsExactlyInAnyOrder("ic mid 1", "ic head 1", "management head 1");
        assertThat(today.get("tracks").valueStream().mapToInt(t -> t.get("total").asInt()).sum()).as("each person once").isEqualTo(3);
        JsonNode beforeThePromotion = admin.get("/api/ladders/" + ladder + "/distribution?asOf=" + START.plusYears(1).plusDays(1)).expect(200).json();
        assertThat(counts(beforeThePromotion)).containsExactlyInAnyOrder("ic mid 1", "ic head 1", "management lead 1");
        JsonNode beforeTheSwitch = admin.get("/api/ladders/" + ladder + "/distribution?asOf=" + START.plusMonths(6)).expect(200).json();
        assertThat(counts(beforeTheSwitch)).containsExactlyInAnyOrder("ic mid 1", "ic head 1", "ic senior 1");
    }

    /** "track level people" for every level with someone on it. */
    private static List<String> counts(JsonNode distribution) {
        return distribution.get("tracks").valueStream().flatMap(t -> t.get("levels").valueStream()
                .filter(l -> l.get("people").asInt() > 0)
                .map(l -> t.get("track").asString() + " " + l.get("level").asString() + " " + l.get("people").asInt())).toList();
    }

    @Test
    void salaryBandsAreShownOnlyToHrAndAdministrators() {
        UUID ladder = admin.postRaw("/api/ladders/import", "application/json",
                LadderFormat.write(Ladders.small("pay"), LadderFormat.Syntax.JSON)).expect(201).id();
        Api director = user("DIRECTOR");
        Api hr = user("HR");
        assertThat(hr.get("/api/ladders/" + ladder).json().get("draft").get("levels").get(0).get("salaryBand").get("currency").asString())
                .isEqualTo("EUR");
        assertThat(director.get("/api/ladders/" + ladder).json().get("draft").get("levels").get(0).get("salaryBand").isNull()).isTrue();
        assertThat(director.get("/api/ladders/" + ladder + "/export?version=draft").body()).doesNotContain("salaryBand").doesNotContain("EUR");
        director.postRaw("/api/ladders/import", "application/json", LadderFormat.write(Ladders.small("pay"), LadderFormat.Syntax.JSON))
                .expectProblem(400);
        director.postRaw("/api/ladders/import", "application/json",
                LadderFormat.write(Ladders.small("pay").withoutSalaryBands(), LadderFormat.Syntax.JSON)).expect(200);
        assertThat(hr.get("/api/ladders/" + ladder).json().get("draft").get("levels").get(0).get("salaryBand").get("min").asInt())
                .isEqualTo(40_000);
        user("EMPLOYEE").postRaw("/api/ladders/import", "application/json", "{}").expectProblem(403);
    }

    @Test
    void malformedInputIsRefusedWithoutAServerErrorAndChangesNothing() {
        UUID ladder = admin.postRaw("/api/ladders/import", "application/json",
                LadderFormat.write(Ladders.small("sturdy"), LadderFormat.Syntax.JSON)).expect(201).id();
        long version = admin.get("/api/ladders/" + ladder).json().get("version").asLong();
        for (String draft : List.of("{\"content\": {\"code\": \"sturdy\", \"name\": \"S\", \"levels\": [null], \"tracks\": [null],"
                        + " \"areas\": [null], \"expectations\": [null, {\"level\": null}], \"equivalences\": [[null], null]}}",
                "{\"content\": \"text\"}", "{\"content\": {\"levels\": [{\"order\": \"first\"}]}}", "[]", "{}")) {
            int status = admin.post("/api/ladders/" + ladder + "/draft", draft).status();
            assertThat(status).as(draft).isBetween(400, 499);
        }
        for (String file : List.of("[1, 2]", "- a", "42", "code: x\nname: X\nlevels: 7", "{\"code\": \"\u0000\", \"name\": \"x\"}")) {
            assertThat(admin.postRaw("/api/ladders/import", "application/yaml", file).status()).as(file).isBetween(400, 499);
        }
        for (String path : List.of("/compare", "/compare?from=a", "/distribution?asOf=1800-01-01", "/distribution?asOf=soon",
                "/versions/abc", "/versions/99", "/export?format=xml", "/export?version=seven")) {
            assertThat(admin.get("/api/ladders/" + ladder + path).status()).as(path).isBetween(400, 499);
        }
        assertThat(admin.post("/api/ladders/labels/map", "{\"mappings\": {\"x\": null}}").status()).isBetween(400, 499);
        assertThat(admin.post("/api/ladders/labels/map", "{\"mappings\": []}").status()).isBetween(400, 499);
        assertThat(admin.get("/api/ladders/" + ladder).json().get("version").asLong()).isEqualTo(version);
    }

    @Test
    void anHrisImportHiresPeopleWhoseLevelNoLadderKnowsWithoutOneAndSaysSo() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String csv = "employeeNumber,name,email,title,team,level,startDate\n"
                + "L1-" + tag + ",Lee Label " + tag + ",lee." + tag + "@example.com,Engineer,Imported " + tag + ",engineering/nope,2024-03-01\n"
                + "L2-" + tag + ",Kim Known " + tag + ",kim." + tag + "@example.com,Engineer,Imported " + tag + ",engineering/senior-1,2024-03-01\n";
        String id = admin.postRaw("/api/imports/people", "text/csv", csv).expect(202).json().get("id").asString();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !admin.get("/api/imports/" + id).json().get("status").asString().matches("QUEUED|RUNNING"));
        JsonNode progress = admin.get("/api/imports/" + id).json();
        assertThat(progress.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(progress.get("failed").asInt()).isZero();
        assertThat(progress.get("adjustments").valueStream().map(a -> a.get("row").asInt() + " " + a.get("message").asString()))
                .contains("2 hired without a level: no published ladder has the level engineering/nope");
        assertThat(admin.get("/api/people?q=L1-" + tag).json().get("items").get(0).get("level").isNull()).isTrue();
        assertThat(admin.get("/api/people?q=L2-" + tag).json().get("items").get(0).get("level").asString()).isEqualTo("engineering/senior-1");
    }

    private Api user(String role) {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/users", Map.of("username", username, "password", "long-enough-password", "roles", List.of(role))).expect(201);
        return Api.as(port, username, "long-enough-password");
    }

    private UUID hire(String name, String level, LocalDate start) {
        Map<String, Object> body = hireBody(name, level);
        body.put("startDate", start.toString());
        return admin.post("/api/people", body).expect(201).id();
    }

    private Map<String, Object> hireBody(String name, String level) {
        return body("name", name, "email", UUID.randomUUID() + "@example.com", "title", "Engineer", "teamId", team,
                "level", level, "startDate", START.toString());
    }
}
