package io.cadre.demo;

import io.cadre.access.api.Account;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.access.service.ApiTokens;
import io.cadre.shared.Role;
import io.cadre.access.service.UserAccounts;
import io.cadre.support.Api;
import io.cadre.support.EventLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The demo switch on a fresh database of its own (a context of its own, since the demo needs an empty event
 * store): the organisation it builds, its year of history, its users, and that it never adds to a database
 * that already holds events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cadre.demo=true")
@ActiveProfiles("test")
class DemoOrganisationTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoOrganisation demo;
    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private Api admin;

    /** The admin by API token: the history walk makes a hundred calls, and HTTP Basic hashes the password on each. */
    private Api admin() {
        if (admin == null) {
            admin = Api.bearer(port, tokens.issue("admin", "demo-test"));
        }
        return admin;
    }

    private Map<String, JsonNode> byId(JsonNode nodes) {
        Map<String, JsonNode> byId = new HashMap<>();
        nodes.forEach(node -> byId.put(node.get("id").asString(), node));
        return byId;
    }

    private Map<String, JsonNode> peopleOn(LocalDate date) {
        String query = date == null ? "" : "?asOf=" + date;
        return byId(admin().get("/api/org-chart" + query).expect(200).json().get("people"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    @Test
    void todayTheDemoIsAVpTwoDirectorsAndSixLedTeamsOfEngineers() {
        JsonNode chart = admin().get("/api/org-chart").expect(200).json();
        Map<String, JsonNode> people = byId(chart.get("people"));
        List<JsonNode> teams = new ArrayList<>();
        chart.get("teams").forEach(teams::add);

        assertThat(people).hasSizeBetween(40, 55);
        assertThat(people.values()).allSatisfy(person -> assertThat(text(person, "level")).isNotBlank());
        assertThat(people.values()).as("nobody reports to someone who has left")
                .map(person -> text(person, "managerId")).filteredOn(manager -> manager != null)
                .allSatisfy(manager -> assertThat(people).containsKey(manager));

        List<JsonNode> tops = people.values().stream().filter(p -> text(p, "managerId") == null).toList();
        assertThat(tops).hasSize(1);
        String vp = text(tops.getFirst(), "id");
        assertThat(text(tops.getFirst(), "title")).isEqualTo("VP of Engineering");

        Map<String, List<JsonNode>> byKind = teams.stream().collect(Collectors.groupingBy(t -> text(t, "kind")));
        assertThat(byKind.get("ORGANIZATION")).singleElement().satisfies(org -> assertThat(text(org, "leadId")).isEqualTo(vp));
        assertThat(byKind.get("DEPARTMENT")).hasSize(2).allSatisfy(department -> {
            assertThat(people).containsKey(text(department, "leadId"));
            assertThat(text(people.get(text(department, "leadId")), "managerId")).as("a director reports to the VP").isEqualTo(vp);
        });
        assertThat(byKind.get("TEAM")).hasSize(6).allSatisfy(team -> {
            assertThat(people).as("the lead of %s is active", text(team, "name")).containsKey(text(team, "leadId"));
            assertThat(people.values().stream().filter(p -> text(team, "id").equals(text(p, "teamId"))).count())
                    .as("engineers in %s", text(team, "name")).isGreaterThanOrEqualTo(4);
        });

        JsonNode someone = admin().get("/api/people/" + people.keySet().iterator().next()).expect(200).json();
        assertThat(text(someone, "email")).endsWith("@" + DemoNames.EMAIL_DOMAIN);
        assertThat(text(someone, "employeeNumber")).isNotBlank();
    }

    @Test
    void itHasAYearOfHistoryMadeByTheDemoThroughCommands() {
        LocalDate today = LocalDate.now(clock);
        Map<String, JsonNode> now = peopleOn(null);
        Map<String, JsonNode> then = peopleOn(today.minusMonths(11));
        Map<String, JsonNode> before = peopleOn(today.minusYears(1).minusDays(1));

        assertThat(before).as("nothing before the demo year").isEmpty();
        assertThat(then).isNotEmpty().hasSizeLessThan(now.size());
        Set<String> leavers = new HashSet<>(then.keySet());
        leavers.removeAll(now.keySet());
        assertThat(leavers).as("people of eleven months ago who have left").isNotEmpty();

        Set<String> everyone = new HashSet<>(now.keySet());
        everyone.addAll(leavers);
        Map<String, List<JsonNode>> histories = everyone.stream().collect(Collectors.toMap(Function.identity(), id -> {
            List<JsonNode> entries = new ArrayList<>();
            admin().get("/api/people/" + id + "/history").expect(200).json().forEach(entries::add);
            return entries;
        }));
        List<JsonNode> entries = histories.values().stream().flatMap(List::stream).toList();

        assertThat(histories.values().stream().filter(h -> h.size() > 1).count()).isGreaterThanOrEqualTo(10);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(text(entry, "actor")).isEqualTo(DemoOrganisation.ACTOR);
            assertThat(text(entry, "reason")).startsWith("Demo: ");
            assertThat(LocalDate.parse(text(entry, "effectiveDate"))).isBetween(today.minusYears(1), today);
        });
        Map<String, Long> types = entries.stream().collect(Collectors.groupingBy(e -> text(e, "type"), Collectors.counting()));
        assertThat(types).containsKeys("PersonHired", "PersonTransferred", "ManagerChanged", "TitleChanged", "LevelChanged",
                "PersonLeft");
        assertThat(types.get("PersonLeft")).isBetween(3L, 8L);
        assertThat(entries).filteredOn(e -> "LevelChanged".equals(text(e, "type")))
                .anySatisfy(e -> assertThat(text(e.get("details"), "kind")).isEqualTo("PROMOTION"));
        assertThat(leavers).allSatisfy(id -> assertThat(histories.get(id)).last()
                .satisfies(last -> assertThat(text(last, "type")).isEqualTo("PersonLeft")));

        List<LocalDate> hires = entries.stream().filter(e -> "PersonHired".equals(text(e, "type")))
                .map(e -> LocalDate.parse(text(e, "effectiveDate"))).toList();
        assertThat(hires).as("hires spread over the year")
                .anyMatch(d -> d.isBefore(today.minusMonths(10))).anyMatch(d -> d.isAfter(today.minusMonths(3)));
    }

    @Test
    void eachRoleHasADemoUserLinkedToThePersonItPlays() {
        Map<String, Account> accounts = users.all().stream()
                .collect(Collectors.toMap(Account::username, Function.identity()));
        assertThat(accounts).containsKeys("admin", "demo-admin", "demo-hr", "demo-director", "demo-manager", "demo-employee");
        assertThat(accounts.get("demo-admin").roles()).containsExactly(Role.ADMIN);
        assertThat(accounts.get("demo-hr").roles()).containsExactly(Role.HR);
        assertThat(accounts.get("demo-director").roles()).containsExactly(Role.DIRECTOR);
        assertThat(accounts.get("demo-manager").roles()).containsExactly(Role.MANAGER);
        assertThat(accounts.get("demo-employee").roles()).containsExactly(Role.EMPLOYEE);

        JsonNode chart = admin().get("/api/org-chart").expect(200).json();
        Map<String, JsonNode> people = byId(chart.get("people"));
        Map<String, String> leadKinds = new HashMap<>();
        chart.get("teams").forEach(team -> leadKinds.put(text(team, "leadId"), text(team, "kind")));
        String manager = accounts.get("demo-manager").personId().toString();
        String employee = accounts.get("demo-employee").personId().toString();
        assertThat(leadKinds.get(accounts.get("demo-director").personId().toString())).isEqualTo("DEPARTMENT");
        assertThat(leadKinds.get(manager)).isEqualTo("TEAM");
        assertThat(people).containsKey(employee);
        assertThat(text(people.get(employee), "managerId")).as("the demo employee reports to the demo manager").isEqualTo(manager);

        Api asEmployee = Api.as(port, "demo-employee", DemoUsers.PASSWORD);
        asEmployee.get("/api/org-chart").expect(200);
        asEmployee.post("/api/teams", Map.of("name", "Shadow IT")).expect(403);
    }

    @Test
    void thePipelineHasPositionsInEveryStatusCandidatesAtEveryStageAndTheDirectorsSuccessionPlans() {
        Set<String> statuses = new HashSet<>();
        admin().get("/api/positions?size=200").expect(200).json().get("items").forEach(p -> statuses.add(text(p, "status")));
        assertThat(statuses).contains("PROPOSED", "APPROVED", "FROZEN", "CANCELLED", "FILLED");
        Set<String> stages = new HashSet<>();
        admin().get("/api/pipeline").expect(200).json().get("positions").forEach(p -> p.get("candidates").properties()
                .forEach(column -> {
                    if (!column.getValue().isEmpty()) {
                        stages.add(column.getKey());
                    }
                }));
        assertThat(stages).contains("SOURCED", "SCREENING", "INTERVIEWING", "OFFER", "REJECTED", "WITHDRAWN");
        JsonNode metrics = admin().get("/api/pipeline/metrics").expect(200).json();
        assertThat(metrics.get("conversion").get(3).get("advanced").asInt()).as("two accepted offers").isEqualTo(2);
        assertThat(metrics.get("medianTimeToFillDays").isNull()).isFalse();

        JsonNode chart = admin().get("/api/org-chart").expect(200).json();
        List<String> directors = new ArrayList<>();
        chart.get("teams").forEach(team -> {
            if ("DEPARTMENT".equals(text(team, "kind"))) {
                directors.add(text(team, "leadId"));
            }
        });
        assertThat(directors).hasSize(2).allSatisfy(director -> {
            JsonNode plan = admin().get("/api/people/" + director + "/succession").expect(200).json();
            assertThat(text(plan, "risk")).isIn("MEDIUM", "HIGH");
            assertThat(plan.get("successors")).isNotEmpty();
            assertThat(text(plan, "actor")).isEqualTo(DemoOrganisation.ACTOR);
        });
        JsonNode coverage = admin().get("/api/succession/coverage").expect(200).json();
        assertThat(coverage.get("covered").asInt()).isPositive();
        assertThat(coverage.get("uncovered").valueStream().map(r -> text(r, "personId"))).containsAnyElementsOf(directors);
    }

    @Test
    void runningAgainOnADatabaseWithEventsAddsNothing() throws Exception {
        long events = EventLog.size(jdbc);
        int accounts = users.all().size();

        demo.run(new DefaultApplicationArguments());

        assertThat(EventLog.size(jdbc)).isEqualTo(events);
        assertThat(users.all()).hasSize(accounts);
    }

    @Test
    void itHasObjectivesForLastThisAndNextQuarterAtEveryLevelWithCheckIns() {
        io.cadre.planning.api.Period current = io.cadre.planning.api.Period.quarterOf(LocalDate.now(clock));
        int teams = admin().get("/api/org-chart").expect(200).json().get("teams").size();
        Map<String, Long> last = statuses(current.previous().toString(), teams);
        assertThat(last.keySet()).containsOnly("ACHIEVED", "MISSED");
        assertThat(last.get("MISSED")).isPositive();
        Map<String, Long> next = statuses(current.next().toString(), teams);
        assertThat(next).containsKeys("DRAFT", "COMMITTED");
        JsonNode now = admin().get("/api/objectives?period=" + current + "&size=200").expect(200).json().get("items");
        java.util.Set<String> confidences = new java.util.HashSet<>();
        now.forEach(o -> {
            assertThat(text(o, "status")).isEqualTo("COMMITTED");
            o.get("keyResults").forEach(kr -> {
                if (kr.get("confidence") != null && !kr.get("confidence").isNull()) {
                    confidences.add(kr.get("confidence").asString());
                }
            });
            if (text(o, "parentId") != null) {
                assertThat(now.valueStream().anyMatch(p -> text(p, "id").equals(text(o, "parentId")))).isTrue();
            }
        });
        if (LocalDate.now(clock).isAfter(current.start().plusDays(14))) {
            assertThat(confidences).contains("ON_TRACK", "AT_RISK", "OFF_TRACK");
        }
        JsonNode tree = admin().get("/api/objectives/alignment?period=" + current).expect(200).json();
        assertThat(tree.get("roots")).hasSize(1);
        assertThat(tree.get("orphans")).isEmpty();
        JsonNode history = admin().get("/api/objectives/" + text(now.get(0), "id") + "/history").expect(200).json();
        history.forEach(entry -> {
            assertThat(text(entry, "actor")).isEqualTo(DemoOrganisation.ACTOR);
            assertThat(text(entry, "reason")).startsWith("Demo: ");
        });
    }

    @Test
    void itHasAPromotionCycleWithACalibrationSessionAndDecisions() {
        JsonNode cases = admin().get("/api/promotions?size=200").expect(200).json().get("items");
        assertThat(cases.size()).isGreaterThanOrEqualTo(5);
        Map<String, Long> byStatus = cases.valueStream().collect(java.util.stream.Collectors.groupingBy(c -> text(c, "status"),
                java.util.stream.Collectors.counting()));
        assertThat(byStatus).containsEntry("APPROVED", 2L).containsEntry("DENIED", 1L).containsKeys("IN_CALIBRATION", "NOMINATED");
        JsonNode approved = cases.valueStream().filter(c -> "APPROVED".equals(text(c, "status"))).findFirst().orElseThrow();
        assertThat(text(admin().get("/api/people/" + text(approved, "personId")).expect(200).json(), "level"))
                .isEqualTo(text(approved, "targetLevel"));
        JsonNode session = admin().get("/api/calibrations/" + text(approved, "sessionId")).expect(200).json();
        assertThat(session.get("cases")).hasSize(5);
        assertThat(session.get("log").size()).isGreaterThanOrEqualTo(5);
        session.get("log").forEach(change -> {
            assertThat(text(change, "actor")).isEqualTo(DemoOrganisation.ACTOR);
            assertThat(text(change, "reason")).startsWith("Demo: ");
        });
    }

    @Test
    void theLadderHasSalaryBandsInEurosRisingWithTheLevelsThatHrAdministratorsAndDirectorsSee() {
        JsonNode summary = admin().get("/api/ladders").expect(200).json().valueStream()
                .filter(l -> "engineering".equals(text(l, "code"))).findFirst().orElseThrow();
        JsonNode ladder = admin().get("/api/ladders/" + text(summary, "id")).expect(200).json();
        assertThat(ladder.get("draftPending").asBoolean()).as("the bands are published, not left in the draft").isFalse();
        JsonNode levels = ladder.get("published").get("levels");
        assertThat(levels).hasSize(8);
        Map<Integer, java.math.BigDecimal> lowestMinimumByOrder = new java.util.TreeMap<>();
        levels.forEach(level -> {
            JsonNode band = level.get("salaryBand");
            assertThat(text(band, "currency")).as(text(level, "code")).isEqualTo("EUR");
            assertThat(band.get("min").decimalValue()).isGreaterThanOrEqualTo(java.math.BigDecimal.valueOf(30_000))
                    .isLessThan(band.get("max").decimalValue());
            lowestMinimumByOrder.merge(level.get("order").asInt(), band.get("min").decimalValue(), java.math.BigDecimal::min);
        });
        List<java.math.BigDecimal> minima = new ArrayList<>(lowestMinimumByOrder.values());
        assertThat(minima).as("pay rises with seniority").isSortedAccordingTo(java.math.BigDecimal::compareTo).doesNotHaveDuplicates();
        JsonNode seenByHr = Api.as(port, "demo-hr", DemoUsers.PASSWORD).get("/api/ladders/" + text(summary, "id")).expect(200).json();
        assertThat(seenByHr.get("published").get("levels").get(0).get("salaryBand").isNull()).isFalse();
        // product.md §7.5: the demo director leads a subtree, so sees the bands of its levels; a manager does not.
        JsonNode seenByDirector = Api.as(port, "demo-director", DemoUsers.PASSWORD).get("/api/ladders/" + text(summary, "id")).expect(200).json();
        seenByDirector.get("published").get("levels").forEach(level -> assertThat(level.get("salaryBand").isNull()).isFalse());
        JsonNode seenByManager = Api.as(port, "demo-manager", DemoUsers.PASSWORD).get("/api/ladders/" + text(summary, "id")).expect(200).json();
        seenByManager.get("published").get("levels").forEach(level -> assertThat(level.get("salaryBand").isNull()).isTrue());
    }

    /** The objectives of a quarter counted by status: one per team, every one checked. */
    private Map<String, Long> statuses(String period, int teams) {
        JsonNode items = admin().get("/api/objectives?period=" + period + "&size=200").expect(200).json().get("items");
        assertThat(items).hasSize(teams);
        return items.valueStream().collect(java.util.stream.Collectors.groupingBy(o -> text(o, "status"),
                java.util.stream.Collectors.counting()));
    }
}
