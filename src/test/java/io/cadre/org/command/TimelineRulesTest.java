package io.cadre.org.command;

import static org.assertj.core.api.Assertions.assertThat;
import static io.cadre.support.Api.body;

import io.cadre.support.Api;
import io.cadre.support.EventLog;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rules that span teams and people, checked through the REST API against the whole timeline:
 * each refusal answers 409 naming the fact it would break, and records nothing.
 */
@IntegrationTest
class TimelineRulesTest {

    private static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private UUID org;

    @BeforeEach
    void setUp() {
        api = Api.asAdmin(port);
        org = api.formTeam("Org " + UUID.randomUUID(), null, Y2024);
    }

    private Api.Response refusedWith409(String path, Map<String, Object> body, String fragment) {
        long before = EventLog.size(jdbc);
        Api.Response response = api.post(path, body).expect(409);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains(fragment);
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
        return response;
    }


    /**
     * Hires take no structure lock, only shared locks on their team and manager: racing the end of both, whichever
     * wins, nobody may end up in a dissolved team or reporting to someone who has left.
     */
    @Test
    void hiresRacingTheEndOfTheirTeamAndManagerNeverOutliveThem() throws Exception {
        UUID team = api.formTeam("Racing " + UUID.randomUUID(), org, Y2024);
        UUID manager = api.hire("Racing Manager", org, null, Y2024);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> api.post("/api/people", body("name", "Racer", "email", "racer-" + UUID.randomUUID() + "@example.com",
                    "title", "Engineer", "teamId", team, "managerId", manager, "startDate", "2024-03-01")).status());
        }
        calls.add(() -> api.post("/api/teams/" + team + "/dissolve", body("effectiveDate", "2024-06-01")).status());
        calls.add(() -> api.post("/api/people/" + manager + "/leave", body("kind", "VOLUNTARY", "effectiveDate", "2024-06-01"))
                .status());
        try (ExecutorService pool = Executors.newFixedThreadPool(calls.size())) {
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                assertThat(answer.get()).isIn(200, 201, 409);
            }
        }

        Long outliving = jdbc.queryForObject("""
                select count(*) from rule_person_state p
                where p.active and (p.team_id = ? or p.manager_id = ?)
                  and exists (select 1 from rule_person_state m where m.person_id = p.manager_id and not m.active
                                and m.valid_from < coalesce(p.valid_to, 'infinity'::date)
                              union all
                              select 1 from rule_team_state t where t.team_id = p.team_id and not t.active
                                and t.valid_from < coalesce(p.valid_to, 'infinity'::date))
                """, Long.class, team, manager);
        assertThat(outliving).isZero();
    }

    @Test
    void aDirectReportingCycleIsRefused() {
        UUID boss = api.hire("Boss", org, null, Y2024);
        UUID report = api.hire("Report", org, boss, Y2024);
        refusedWith409("/api/people/" + boss + "/manager", body("managerId", report, "effectiveDate", "2024-06-01"),
                "reporting cycle from 2024-06-01");
    }

    @Test
    void aBackDatedManagerChangeThatMakesACycleWithALaterFactIsRefused() {
        UUID a = api.hire("Avery", org, null, Y2024);
        UUID b = api.hire("Blake", org, null, Y2024);
        UUID c = api.hire("Casey", org, null, Y2024);
        // From July, Blake reports to Avery and Casey to Blake.
        api.post("/api/people/" + b + "/manager", body("managerId", a, "effectiveDate", "2024-07-01")).expect(200);
        api.post("/api/people/" + c + "/manager", body("managerId", b, "effectiveDate", "2024-07-01")).expect(200);
        // Avery reporting to Casey from March would close the loop once July comes.
        refusedWith409("/api/people/" + a + "/manager", body("managerId", c, "effectiveDate", "2024-03-01"),
                "reporting cycle from 2024-07-01");
    }

    @Test
    void aManagerMustHaveStartedWhenTheReportingLineBegins() {
        UUID later = api.hire("Late Starter", org, null, LocalDate.of(2024, 9, 1));
        Map<String, Object> hire = body("name", "Early", "email", "early." + UUID.randomUUID() + "@example.com",
                "title", "Engineer", "teamId", org, "managerId", later, "startDate", "2024-02-01");
        refusedWith409("/api/people", hire, "only starts on 2024-09-01");
    }

    @Test
    void nobodyCanBeGivenAManagerWhoLeavesWhileTheyStillReport() {
        UUID leaver = api.hire("Leaver", org, null, Y2024);
        api.post("/api/people/" + leaver + "/leave", body("kind", "VOLUNTARY", "effectiveDate", "2025-01-01")).expect(200);
        UUID person = api.hire("Person", org, null, Y2024);
        refusedWith409("/api/people/" + person + "/manager", body("managerId", leaver, "effectiveDate", "2024-06-01"),
                "leaves on 2025-01-01");
    }

    @Test
    void aManagerWithReportsLeavesOnlyWhenTheirReportsGetANewManager() {
        UUID manager = api.hire("Manager", org, null, Y2024);
        UUID successor = api.hire("Successor", org, null, Y2024);
        UUID report = api.hire("Report", org, manager, Y2024);
        refusedWith409("/api/people/" + manager + "/leave", body("kind", "VOLUNTARY", "effectiveDate", "2024-05-01"),
                "1 report(s)");

        api.post("/api/people/" + manager + "/leave", body("kind", "VOLUNTARY", "effectiveDate", "2024-05-01",
                "newManagerForReports", successor)).expect(200);

        assertThat(api.get("/api/people/" + report).json().get("managerId").asString()).isEqualTo(successor.toString());
        assertThat(api.get("/api/people/" + manager).json().get("status").asString()).isEqualTo("LEFT");
        String before = api.get("/api/org-chart?asOf=2024-04-30").body();
        assertThat(before).contains("\"managerId\":\"" + manager + "\"");
    }

    @Test
    void aReportPromotedIntoTheLeaversPlaceKeepsTheLeaversManager() {
        UUID director = api.hire("Director", org, null, Y2024);
        UUID manager = api.hire("Manager", org, director, Y2024);
        UUID report = api.hire("Report", org, manager, Y2024);
        UUID other = api.hire("Other", org, manager, Y2024);
        api.post("/api/people/" + manager + "/leave", body("kind", "OTHER", "effectiveDate", "2024-05-01",
                "newManagerForReports", report)).expect(200);
        assertThat(api.get("/api/people/" + report).json().get("managerId").asString()).isEqualTo(director.toString());
        assertThat(api.get("/api/people/" + other).json().get("managerId").asString()).isEqualTo(report.toString());
    }

    @Test
    void aTeamCannotMoveIntoItsOwnSubtree() {
        UUID child = api.formTeam("Child", org, Y2024);
        UUID grandchild = api.formTeam("Grandchild", child, Y2024);
        refusedWith409("/api/teams/" + org + "/move", body("parentId", grandchild, "effectiveDate", "2024-02-01"),
                "cycle in the team tree");
    }

    @Test
    void siblingTeamNamesAreUniqueIgnoringCase() {
        api.formTeam("Payments", org, Y2024);
        refusedWith409("/api/teams", body("name", "PAYMENTS", "parentId", org, "effectiveDate", "2024-03-01"),
                "already exists");
        UUID elsewhere = api.formTeam("Elsewhere", org, Y2024);
        // The same name under another parent is fine, but moving it next to its namesake is not.
        UUID second = api.formTeam("payments", elsewhere, Y2024);
        refusedWith409("/api/teams/" + second + "/move", body("parentId", org, "effectiveDate", "2024-04-01"),
                "already exists");
    }

    @Test
    void aRenameMayNotClashWithASiblingsLaterName() {
        UUID first = api.formTeam("Alpha", org, Y2024);
        api.formTeam("Beta", org, Y2024);
        api.post("/api/teams/" + first + "/rename", body("name", "Gamma", "effectiveDate", "2024-09-01")).expect(200);
        UUID third = api.formTeam("Delta", org, Y2024);
        refusedWith409("/api/teams/" + third + "/rename", body("name", "gamma", "effectiveDate", "2024-05-01"),
                "on 2024-09-01");
    }

    @Test
    void aTeamWithMembersIsDissolvedOnlyWithADestinationForThem() {
        UUID team = api.formTeam("Doomed", org, Y2024);
        UUID sub = api.formTeam("Doomed sub-team", team, Y2024);
        UUID member = api.hire("Member", team, null, Y2024);
        refusedWith409("/api/teams/" + team + "/dissolve", body("effectiveDate", "2024-06-01"), "would be a member of");

        api.post("/api/teams/" + team + "/dissolve", body("moveMembersTo", org, "effectiveDate", "2024-06-01")).expect(200);

        assertThat(api.get("/api/people/" + member).json().get("teamId").asString()).isEqualTo(org.toString());
        assertThat(api.get("/api/teams/" + sub).json().get("parentId").asString()).isEqualTo(org.toString());
        assertThat(api.get("/api/teams/" + team).json().get("status").asString()).isEqualTo("DISSOLVED");
        assertThat(api.get("/api/org-chart?asOf=2024-05-31").body()).contains("\"teamId\":\"" + team + "\"");
    }

    @Test
    void aTeamCannotBeDissolvedBeforeSomeoneIsPlannedToJoinIt() {
        UUID team = api.formTeam("Future home", org, Y2024);
        UUID person = api.hire("Mover", org, null, Y2024);
        api.post("/api/people/" + person + "/transfer", body("teamId", team, "effectiveDate", "2025-03-01")).expect(200);
        refusedWith409("/api/teams/" + team + "/dissolve", body("moveMembersTo", org, "effectiveDate", "2024-12-01"),
                "from 2025-03-01");
    }

    @Test
    void aBackDatedTransferIntoATeamFormedLaterIsRefused() {
        UUID team = api.formTeam("Young team", org, LocalDate.of(2024, 6, 1));
        UUID person = api.hire("Eager", org, null, Y2024);
        refusedWith409("/api/people/" + person + "/transfer", body("teamId", team, "effectiveDate", "2024-02-01"),
                "is only formed on 2024-06-01");
    }

    @Test
    void aBackDatedChangeLandsBetweenLaterFactsWithoutOverridingThem() {
        UUID person = api.hire("Historian", org, null, Y2024);
        api.post("/api/people/" + person + "/title", body("title", "Staff Engineer", "effectiveDate", "2024-09-01")).expect(200);
        api.post("/api/people/" + person + "/title", body("title", "Senior Engineer", "effectiveDate", "2024-04-01")).expect(200);
        assertThat(titleOn(person, "2024-03-01")).isEqualTo("Engineer");
        assertThat(titleOn(person, "2024-05-01")).isEqualTo("Senior Engineer");
        assertThat(titleOn(person, "2024-10-01")).isEqualTo("Staff Engineer");
    }

    @Test
    void aFutureDatedChangeTakesEffectOnItsDateWithoutAnyoneActing() {
        LocalDate future = LocalDate.now().plusYears(1);
        UUID person = api.hire("Planner", org, null, Y2024);
        api.post("/api/people/" + person + "/title", body("title", "Principal", "effectiveDate", future)).expect(200);
        assertThat(api.get("/api/people/" + person).json().get("title").asString()).isEqualTo("Engineer");
        assertThat(titleOn(person, future.toString())).isEqualTo("Principal");
        assertThat(titleOn(person, future.minusDays(1).toString())).isEqualTo("Engineer");
    }

    private String titleOn(UUID person, String date) {
        for (var p : api.get("/api/org-chart?asOf=" + date + "&rootTeamId=" + org).json().get("people")) {
            if (p.get("id").asString().equals(person.toString())) {
                return p.get("title").asString();
            }
        }
        throw new AssertionError(person + " is not in the chart on " + date);
    }
}
