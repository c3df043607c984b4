package io.cadre.reports.web;

import static io.cadre.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.cadre.access.service.ApiTokens;
import io.cadre.ladder.Ladders;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.platform.projection.ProcessorStatus;
import io.cadre.reports.GeneratedHistory;
import io.cadre.reports.GeneratedHistory.Movement;
import io.cadre.reports.GeneratedHistory.Snapshot;
import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The reports over REST against a generated organisation with two years of history: every figure is checked against
 * the same history computed here in plain Java, on several dates, for the whole generated organisation and for a
 * subtree, as one date and as series; and the contract: CSV, 400 for bad input, 404 for an unknown team.
 */
@IntegrationTest
@TestPropertySource(properties = "cadre.test.context=reports")
class ReportApiTest {

    private static final List<LocalDate> DATES = List.of(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31),
            LocalDate.of(2025, 3, 20), LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31));
    private static GeneratedHistory history;

    @LocalServerPort
    int port;
    @Autowired
    ProcessorStatus processors;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;

    @BeforeEach
    void generateOnce() {
        // By API token: the history takes a few hundred calls, and HTTP Basic hashes the password on each.
        api = Api.bearer(port, tokens.issue("admin", "reports-test"));
        if (history == null) {
            api.postRaw("/api/ladders/import?publish=true&reason=Adopt", "application/json",
                    LadderFormat.write(Ladders.small("eng"), LadderFormat.Syntax.JSON)).expect(201);
            history = GeneratedHistory.send(api, UUID.randomUUID().toString().substring(0, 6), 7);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> processors.lag("reports") == 0);
    }

    private List<UUID> roots() {
        return List.of(history.top, history.product);
    }

    private JsonNode get(String path) {
        return api.get(path).expect(200).json();
    }

    @Test
    void headcountByTeamLevelAndTrackMatchesTheHistory() {
        for (LocalDate date : DATES) {
            Snapshot org = history.on(date);
            for (UUID root : roots()) {
                Set<UUID> teams = org.teamsUnder(root);
                List<UUID> people = org.people(teams);
                JsonNode byTeam = get("/api/reports/headcount?by=team&asOf=" + date + "&rootTeamId=" + root);
                Map<String, Integer> expected = new HashMap<>();
                teams.forEach(t -> expected.put(t.toString(), 0));
                people.forEach(p -> expected.merge(org.teamOf(p).toString(), 1, Integer::sum));
                assertThat(counts(byTeam, "key", "count")).as("by team on %s", date).isEqualTo(expected);
                assertThat(byTeam.get("total").asInt()).isEqualTo(people.size());
                assertThat(byTeam.get("asOf").asString()).isEqualTo(date.toString());

                Map<String, Integer> levels = new HashMap<>();
                people.forEach(p -> levels.merge(org.levelOf(p), 1, Integer::sum));
                assertThat(counts(get("/api/reports/headcount?by=level&asOf=" + date + "&rootTeamId=" + root), "key", "count"))
                        .as("by level on %s", date).isEqualTo(levels);

                Map<String, Integer> tracks = new HashMap<>();
                people.forEach(p -> tracks.merge(track(org.levelOf(p)), 1, Integer::sum));
                assertThat(counts(get("/api/reports/headcount?by=track&asOf=" + date + "&rootTeamId=" + root), "key", "count"))
                        .as("by track on %s", date).isEqualTo(tracks);
            }
        }
    }

    /** The tracks of Ladders.small: junior and mid are on both, senior and staff on ic, lead on management. */
    private static String track(String level) {
        return switch (level) {
            case "eng/junior", "eng/mid" -> "eng/ic+eng/management";
            case "eng/senior", "eng/staff" -> "eng/ic";
            default -> "eng/management";
        };
    }

    @Test
    void spanOfControlAndLayersMatchTheHistory() {
        for (LocalDate date : DATES) {
            Snapshot org = history.on(date);
            for (UUID root : roots()) {
                List<UUID> people = org.people(org.teamsUnder(root));
                Set<UUID> inScope = new HashSet<>(people);
                Map<String, Integer> spans = new HashMap<>();
                Map<String, Integer> layers = new HashMap<>();
                int deepest = 0;
                for (UUID person : people) {
                    int layer = 1;
                    for (UUID m = org.managerOf(person); m != null && inScope.contains(m); m = org.managerOf(m)) {
                        layer++;
                    }
                    deepest = Math.max(deepest, layer);
                    if (org.directReports(person) > 0) {
                        spans.put(person.toString(), org.directReports(person));
                        layers.put(person.toString(), layer);
                    }
                }
                JsonNode report = get("/api/reports/span-of-control?asOf=" + date + "&rootTeamId=" + root);
                assertThat(counts(report, "personId", "directReports")).as("spans on %s", date).isEqualTo(spans);
                assertThat(counts(report, "personId", "layer")).as("layers on %s", date).isEqualTo(layers);
                assertThat(report.get("layers").asInt()).isEqualTo(deepest);
                assertThat(report.get("median").asDouble()).isCloseTo(median(new ArrayList<>(spans.values())), within(1e-9));
                Set<String> outliers = spans.entrySet().stream().filter(e -> e.getValue() < 3 || e.getValue() > 10).map(Map.Entry::getKey)
                        .collect(Collectors.toSet());
                Set<String> reported = new HashSet<>();
                report.get("outliers").forEach(o -> reported.add(o.get("personId").asString()));
                assertThat(reported).isEqualTo(outliers);
                report.get("rows").forEach(row -> assertThat(row.get("name").asString())
                        .isEqualTo(history.name(UUID.fromString(row.get("personId").asString()))));
            }
        }
    }

    @Test
    void pyramidAndManagerToIcRatioMatchTheHistory() {
        for (LocalDate date : DATES) {
            Snapshot org = history.on(date);
            for (UUID root : roots()) {
                List<UUID> people = org.people(org.teamsUnder(root));
                Map<String, Integer> levels = new HashMap<>();
                people.forEach(p -> levels.merge(org.levelOf(p), 1, Integer::sum));
                long managers = people.stream().filter(p -> org.directReports(p) > 0).count();
                long ics = people.size() - managers;
                JsonNode report = get("/api/reports/pyramid?asOf=" + date + "&rootTeamId=" + root);
                assertThat(counts(report, "level", "count")).isEqualTo(levels);
                assertThat(report.get("managers").asLong()).isEqualTo(managers);
                assertThat(report.get("ics").asLong()).isEqualTo(ics);
                assertThat(report.get("managerToIcRatio").asDouble()).isCloseTo((double) managers / ics, within(1e-4));
                List<String> order = new ArrayList<>();
                report.get("rows").forEach(r -> order.add(r.get("level").asString()));
                assertThat(order).as("levels by rank").isSortedAccordingTo((a, b) -> Integer.compare(rank(a), rank(b)));
                report.get("rows").forEach(r -> {
                    if (r.get("level").asString().equals("eng/senior")) {
                        assertThat(r.get("title").asString()).isEqualTo("Senior Engineer");
                    }
                });
            }
        }
    }

    private static int rank(String level) {
        return switch (level) {
            case "eng/junior" -> 1;
            case "eng/mid" -> 2;
            case "eng/senior", "eng/lead" -> 3;
            default -> 4;
        };
    }

    @Test
    void attritionMatchesTheHistory() {
        for (LocalDate date : DATES) {
            Snapshot org = history.on(date);
            Snapshot yearBefore = history.on(date.minusYears(1));
            for (UUID root : roots()) {
                Set<UUID> teams = org.teamsUnder(root);
                JsonNode report = get("/api/reports/attrition?asOf=" + date + "&rootTeamId=" + root);
                checkAttrition(report, org, yearBefore, teams, date.minusYears(1), date);
            }
        }
    }

    private static void checkAttrition(JsonNode report, Snapshot org, Snapshot before, Set<UUID> teams, LocalDate from, LocalDate to) {
        List<Movement> hires = org.hires().stream().filter(m -> m.date().isAfter(from) && !m.date().isAfter(to) && teams.contains(m.team())).toList();
        List<Movement> leaves = org.leaves().stream().filter(m -> m.date().isAfter(from) && !m.date().isAfter(to) && teams.contains(m.team())).toList();
        assertThat(report.get("hires").asInt()).as("hires to %s", to).isEqualTo(hires.size());
        assertThat(report.get("leavers").asInt()).as("leavers to %s", to).isEqualTo(leaves.size());
        for (String kind : List.of("VOLUNTARY", "INVOLUNTARY", "OTHER")) {
            assertThat(report.get("leaversByKind").get(kind).asInt()).isEqualTo((int) leaves.stream().filter(m -> m.kind().equals(kind)).count());
        }
        int start = before.people(teams).size();
        int end = org.people(teams).size();
        assertThat(report.get("headcountStart").asInt()).isEqualTo(start);
        assertThat(report.get("headcountEnd").asInt()).isEqualTo(end);
        double expected = leaves.size() * 365.0 / ChronoUnit.DAYS.between(from, to) / ((start + end) / 2.0);
        assertThat(report.get("attrition").asDouble()).as("attrition to %s", to).isCloseTo(expected, within(1e-4));
        Map<String, Integer> byTeam = new HashMap<>();
        teams.forEach(t -> byTeam.put(t.toString(), 0));
        leaves.forEach(m -> byTeam.merge(m.team().toString(), 1, Integer::sum));
        assertThat(counts(report, "teamId", "leavers")).isEqualTo(byTeam);
    }

    @Test
    void timeInLevelMatchesTheHistory() {
        for (LocalDate date : DATES) {
            Snapshot org = history.on(date);
            List<UUID> people = org.people(org.teamsUnder(history.top));
            Map<String, List<Long>> days = new HashMap<>();
            people.forEach(p -> days.computeIfAbsent(org.levelOf(p), l -> new ArrayList<>()).add(org.daysInLevel(p)));
            JsonNode report = get("/api/reports/time-in-level?asOf=" + date + "&rootTeamId=" + history.top);
            assertThat(report.get("rows")).hasSize(days.size());
            report.get("rows").forEach(row -> {
                List<Long> expected = days.get(row.get("level").asString());
                assertThat(row.get("people").asInt()).isEqualTo(expected.size());
                assertThat(row.get("medianDays").asDouble()).isCloseTo(median(expected), within(1e-9));
                assertThat(row.get("longestDays").asLong()).isEqualTo(expected.stream().mapToLong(Long::longValue).max().orElseThrow());
            });
        }
    }

    @Test
    void seriesGiveTheSameFiguresDateByDate() {
        LocalDate from = LocalDate.of(2024, 1, 31);
        LocalDate to = LocalDate.of(2025, 12, 31);
        JsonNode monthly = get("/api/reports/headcount?from=" + from + "&to=" + to + "&interval=month&rootTeamId=" + history.product);
        assertThat(monthly.get("interval").asString()).isEqualTo("month");
        assertThat(monthly.get("series")).hasSize(24);
        for (JsonNode point : monthly.get("series")) {
            LocalDate date = LocalDate.parse(point.get("date").asString());
            Snapshot org = history.on(date);
            assertThat(point.get("total").asInt()).as("headcount on %s", date).isEqualTo(org.people(org.teamsUnder(history.product)).size());
        }
        JsonNode quarterly = get("/api/reports/attrition?from=2024-03-31&to=2025-12-31&interval=quarter&rootTeamId=" + history.top);
        assertThat(quarterly.get("series")).hasSize(8);
        LocalDate previous = LocalDate.of(2023, 12, 31);
        for (JsonNode point : quarterly.get("series")) {
            LocalDate date = LocalDate.parse(point.get("date").asString());
            Snapshot org = history.on(date);
            checkAttrition(point, org, history.on(previous), org.teamsUnder(history.top), previous, date);
            previous = date;
        }
    }

    @Test
    void positionsAndObjectivesAnswerFromThePipelineAndThePlans() {
        UUID team = history.checkout;
        UUID first = api.post("/api/positions", body("teamId", team, "level", "eng/senior", "title", "Senior Engineer",
                "effectiveDate", "2025-01-10")).expect(201).id();
        UUID second = api.post("/api/positions", body("teamId", team, "level", "eng/mid", "title", "Engineer",
                "effectiveDate", "2025-01-10")).expect(201).id();
        api.post("/api/positions", body("teamId", history.platform, "level", "eng/mid", "title", "Engineer",
                "effectiveDate", "2025-01-20")).expect(201);
        api.post("/api/positions/" + first + "/approve", body("effectiveDate", "2025-02-01")).expect(200);
        api.post("/api/positions/" + first + "/freeze", body("effectiveDate", "2025-03-01")).expect(200);
        api.post("/api/positions/" + second + "/cancel", body("effectiveDate", "2025-04-01")).expect(200);
        UUID objective = api.post("/api/objectives", Map.of("teamId", team, "period", "2025-Q1", "title", "Faster checkout",
                "effectiveDate", "2025-01-05", "keyResults", List.of(Map.of("title", "Steps removed", "start", 0, "target", 10)))).expect(201).id();
        api.post("/api/objectives/" + objective + "/status", body("status", "COMMITTED", "effectiveDate", "2025-01-06")).expect(200);
        String keyResult = get("/api/objectives/" + objective).get("keyResults").get(0).get("id").asString();
        api.post("/api/objectives/" + objective + "/key-results/" + keyResult + "/check-ins",
                Map.of("value", 5, "confidence", "ON_TRACK", "date", "2025-02-01")).expect(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> processors.lag("reports") == 0);

        JsonNode march = get("/api/reports/positions?asOf=2025-03-15&rootTeamId=" + history.product);
        assertThat(counts(march, "status", "count")).isEqualTo(Map.of("PROPOSED", 1, "APPROVED", 0, "FROZEN", 1));
        assertThat(march.get("open").asInt()).isEqualTo(2);
        assertThat(march.get("rows").get(0).get("oldestAgeDays").asLong()).isEqualTo(ChronoUnit.DAYS.between(
                LocalDate.of(2025, 1, 10), LocalDate.of(2025, 3, 15)));
        JsonNode may = get("/api/reports/positions?asOf=2025-05-01&rootTeamId=" + history.top);
        assertThat(counts(may, "status", "count")).isEqualTo(Map.of("PROPOSED", 1, "APPROVED", 0, "FROZEN", 1));

        JsonNode objectives = get("/api/reports/objectives?period=2025-Q1&asOf=2025-03-01&rootTeamId=" + history.product);
        Map<String, Double> progress = new HashMap<>();
        objectives.get("rows").forEach(r -> progress.put(r.get("teamId").asString(), r.get("progress").isNull() ? null : r.get("progress").asDouble()));
        assertThat(progress.get(team.toString())).isEqualTo(0.5);
        assertThat(progress.get(history.product.toString())).as("rolled up").isEqualTo(0.5);
        assertThat(objectives.get("period").asString()).isEqualTo("2025-Q1");

        JsonNode promotions = get("/api/reports/promotions?rootTeamId=" + history.top);
        assertThat(promotions.get("rows")).isEmpty();
    }

    @Test
    void csvHasAHeaderAndARowPerItem() {
        Api.Response single = api.get("/api/reports/headcount?format=csv&asOf=2025-12-31&rootTeamId=" + history.top).expect(200);
        assertThat(single.header("Content-Type")).startsWith("text/csv");
        List<String> lines = single.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("key,label,count");
        assertThat(lines).hasSize(1 + history.on(LocalDate.of(2025, 12, 31)).teamsUnder(history.top).size());
        Api.Response series = api.get("/api/reports/pyramid?format=csv&from=2025-01-31&to=2025-03-31&interval=month&rootTeamId=" + history.top)
                .expect(200);
        assertThat(series.body().lines().findFirst().orElseThrow()).isEqualTo("date,level,title,track,count");
        assertThat(series.body().lines().skip(1).map(l -> l.substring(0, 10)).distinct().toList())
                .containsExactly("2025-01-31", "2025-02-28", "2025-03-31");
    }

    @Test
    void badInputIsA400AndAnUnknownTeamA404() {
        api.get("/api/reports/headcount?by=age").expectProblem(400);
        api.get("/api/reports/headcount?from=2025-01-01&to=2025-06-01&interval=week").expectProblem(400);
        api.get("/api/reports/headcount?from=2025-01-01&to=2025-06-01").expectProblem(400);
        api.get("/api/reports/headcount?asOf=2025-01-01&from=2025-01-01&to=2025-06-01&interval=month").expectProblem(400);
        api.get("/api/reports/pyramid?from=2025-06-01&to=2025-01-01&interval=month").expectProblem(400);
        api.get("/api/reports/pyramid?from=2000-01-01&to=2025-01-01&interval=month").expectProblem(400);
        api.get("/api/reports/attrition?asOf=2025-13-01").expectProblem(400);
        api.get("/api/reports/attrition?asOf=0001-01-01").expectProblem(400);
        api.get("/api/reports/positions?format=xml").expectProblem(400);
        api.get("/api/reports/positions?colour=blue").expectProblem(400);
        api.get("/api/reports/span-of-control?rootTeamId=not-a-team").expectProblem(400);
        api.get("/api/reports/objectives?period=2025-Q5").expectProblem(400);
        api.get("/api/reports/time-in-level?rootTeamId=" + UUID.randomUUID()).expectProblem(404);
        api.get("/api/reports/objectives?rootTeamId=" + UUID.randomUUID()).expectProblem(404);
        JsonNode error = api.get("/api/reports/headcount?by=age").json();
        assertThat(error.get("errors").get(0).get("field").asString()).isEqualTo("by");
    }

    @Test
    void rebuildingTheReportsAloneGivesTheSameRowsAndAnswers() {
        List<String> calls = List.of("/api/reports/headcount?by=level&from=2024-01-31&to=2025-12-31&interval=quarter",
                "/api/reports/span-of-control?asOf=2025-09-30", "/api/reports/attrition?asOf=2025-12-31",
                "/api/reports/time-in-level?asOf=2025-12-31", "/api/reports/positions?asOf=2025-05-01",
                "/api/reports/pyramid?asOf=2025-03-20&rootTeamId=" + history.product,
                "/api/reports/positions?asOf=2025-05-01&recordedAt=" + java.time.Instant.now());
        List<String> before = calls.stream().map(call -> api.get(call).expect(200).body()).toList();
        Map<String, List<Map<String, Object>>> tables = reportTables();
        JsonNode rebuilt = api.post("/api/admin/projections/rebuild?group=reports", Map.of()).expect(200).json();
        assertThat(rebuilt.get("rebuilt").toString()).contains("reports");
        assertThat(reportTables()).isEqualTo(tables);
        assertThat(calls.stream().map(call -> api.get(call).expect(200).body()).toList()).isEqualTo(before);
    }

    private Map<String, List<Map<String, Object>>> reportTables() {
        Map<String, List<Map<String, Object>>> tables = new HashMap<>();
        for (String table : List.of("report_change", "report_level", "report_track", "report_position", "report_position_status",
                "report_promotion_status")) {
            tables.put(table, jdbc.queryForList("select * from " + table).stream()
                    .sorted(java.util.Comparator.comparing(Object::toString)).toList());
        }
        return tables;
    }

    /**
     * A report folds the facts it keeps in memory until the reports' processor moves on: the next report after a change
     * (here a transfer in the future and back) shows it, without the kept facts going stale.
     */
    @Test
    void aReportAskedAgainAfterAChangeShowsIt() {
        LocalDate today = LocalDate.now();
        Snapshot now = history.on(today);
        UUID person = now.people(Set.of(history.checkout)).getFirst();
        String path = "/api/reports/headcount?by=team&rootTeamId=" + history.top + "&asOf=" + today.plusDays(60);
        Map<String, Integer> before = counts(get(path), "key", "count");
        assertThat(counts(get(path), "key", "count")).isEqualTo(before);

        api.post("/api/people/" + person + "/transfer", Map.of("teamId", history.platform, "effectiveDate", today.plusDays(30),
                "reason", "Moves to Platform")).expect(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> processors.lag("reports") == 0);
        Map<String, Integer> moved = new HashMap<>(before);
        moved.merge(history.checkout.toString(), -1, Integer::sum);
        moved.merge(history.platform.toString(), 1, Integer::sum);
        assertThat(counts(get(path), "key", "count")).isEqualTo(moved);
        assertThat(counts(get("/api/reports/headcount?by=team&rootTeamId=" + history.top + "&asOf=" + today.plusDays(29)), "key", "count"))
                .isEqualTo(before);

        api.post("/api/people/" + person + "/transfer", Map.of("teamId", history.checkout, "effectiveDate", today.plusDays(45),
                "reason", "Back to Checkout")).expect(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> processors.lag("reports") == 0);
        assertThat(counts(get(path), "key", "count")).isEqualTo(before);
    }

    @Test
    void withoutADateAReportIsForToday() {
        JsonNode report = get("/api/reports/headcount");
        assertThat(report.get("asOf").asString()).isEqualTo(LocalDate.now().toString());
        Snapshot today = history.on(LocalDate.now());
        assertThat(report.get("total").asInt()).isEqualTo(today.people(today.teamsUnder(history.top)).size());
    }

    private static Map<String, Integer> counts(JsonNode report, String key, String value) {
        Map<String, Integer> counts = new HashMap<>();
        report.get("rows").forEach(row -> counts.put(row.get(key).asString(), row.get(value).asInt()));
        return counts;
    }

    private static double median(List<? extends Number> values) {
        List<Double> sorted = values.stream().map(Number::doubleValue).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
