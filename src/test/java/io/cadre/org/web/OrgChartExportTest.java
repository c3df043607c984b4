package io.cadre.org.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The org chart on a date and its exports (product.md §6), on a small organisation: a department with a
 * sub-team, a manager in the department and two reports, one of them in the sub-team.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrgChartExportTest {

    private static final String AS_OF = "2023-01-01";
    // Quoting and non-Latin characters are where hand-written exporters usually go wrong.
    private static final String REPORT_NAME = "Rivera, Rene";
    private static final String SUB_REPORT_NAME = "Søren Ñúñez 🚀";

    @LocalServerPort
    int port;

    private Api api;
    private UUID root;
    private UUID sub;
    private String rootName;
    private String subName;
    private UUID manager;
    private UUID report;
    private UUID subReport;

    @BeforeAll
    void setUpOrganisation() {
        api = Api.asAdmin(port);
        rootName = "Chart root " + UUID.randomUUID();
        subName = "Chart sub " + UUID.randomUUID();
        root = api.post("/api/teams", Map.of("name", rootName, "kind", "DEPARTMENT", "effectiveDate", "2020-01-01"))
                .expect(201).id();
        sub = api.formTeam(subName, root, LocalDate.of(2020, 1, 1));
        manager = hire("Mara Manager", "Engineering Manager", "eng/m1", root, null, "2020-01-01");
        report = hire(REPORT_NAME, "Engineer", null, root, manager, "2020-06-01");
        subReport = hire(SUB_REPORT_NAME, "Senior Engineer", "eng/senior", sub, manager, "2022-01-01");
        api.post("/api/teams/" + root + "/lead", Map.of("personId", manager.toString(), "effectiveDate", "2020-01-01"))
                .expect(200);
    }

    @Test
    void theChartListsTheTeamsAndPeopleOnTheDateItEchoes() {
        JsonNode chart = api.get("/api/org-chart?asOf=" + AS_OF + "&rootTeamId=" + root).expect(200).json();

        assertThat(chart.get("asOf").asString()).isEqualTo(AS_OF);
        Map<String, JsonNode> teams = byId(chart.get("teams"));
        assertThat(teams).containsOnlyKeys(root.toString(), sub.toString());
        JsonNode rootTeam = teams.get(root.toString());
        assertThat(rootTeam.get("name").asString()).isEqualTo(rootName);
        assertThat(rootTeam.get("kind").asString()).isEqualTo("DEPARTMENT");
        assertThat(rootTeam.get("parentId").isNull()).isTrue();
        assertThat(rootTeam.get("leadId").asString()).isEqualTo(manager.toString());
        assertThat(teams.get(sub.toString()).get("parentId").asString()).isEqualTo(root.toString());
        assertThat(teams.get(sub.toString()).get("kind").asString()).isEqualTo("TEAM");

        Map<String, JsonNode> people = byId(chart.get("people"));
        assertThat(people).containsOnlyKeys(manager.toString(), report.toString(), subReport.toString());
        JsonNode soren = people.get(subReport.toString());
        assertThat(soren.get("name").asString()).isEqualTo(SUB_REPORT_NAME);
        assertThat(soren.get("title").asString()).isEqualTo("Senior Engineer");
        assertThat(soren.get("teamId").asString()).isEqualTo(sub.toString());
        assertThat(soren.get("managerId").asString()).isEqualTo(manager.toString());
        assertThat(soren.get("level").asString()).isEqualTo("eng/senior");
        assertThat(people.get(manager.toString()).get("managerId").isNull()).isTrue();
    }

    @Test
    void theWholeChartHoldsThisOrganisationAmongOthers() {
        JsonNode chart = api.get("/api/org-chart?asOf=" + AS_OF).expect(200).json();

        assertThat(byId(chart.get("teams"))).containsKeys(root.toString(), sub.toString());
        assertThat(byId(chart.get("people"))).containsKeys(manager.toString(), report.toString(), subReport.toString());
    }

    @Test
    void aRootTeamLimitsTheChartToItsSubtree() {
        JsonNode chart = api.get("/api/org-chart?asOf=" + AS_OF + "&rootTeamId=" + sub).expect(200).json();

        assertThat(byId(chart.get("teams"))).containsOnlyKeys(sub.toString());
        assertThat(byId(chart.get("people"))).containsOnlyKeys(subReport.toString());
    }

    @Test
    void aDateBeforeSomeHiresLeavesThemOut() {
        JsonNode before = api.get("/api/org-chart?asOf=2021-01-01&rootTeamId=" + root).expect(200).json();
        assertThat(before.get("asOf").asString()).isEqualTo("2021-01-01");
        assertThat(byId(before.get("people"))).containsOnlyKeys(manager.toString(), report.toString());

        JsonNode earlier = api.get("/api/org-chart?asOf=2020-03-01&rootTeamId=" + root).expect(200).json();
        assertThat(byId(earlier.get("people"))).containsOnlyKeys(manager.toString());
    }

    @Test
    void theJsonExportIsAFlatListWithTheManagerAsParent() {
        Api.Response response = api.get("/api/org-chart/export?format=json&asOf=" + AS_OF + "&rootTeamId=" + root).expect(200);

        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode rows = response.json();
        assertThat(rows.isArray()).isTrue();
        Map<String, JsonNode> byId = byId(rows);
        assertThat(byId).containsOnlyKeys(manager.toString(), report.toString(), subReport.toString());
        rows.forEach(row -> assertThat(row.propertyNames())
                .containsExactlyInAnyOrder("id", "parentId", "name", "title", "teamId", "teamName", "level"));

        JsonNode top = byId.get(manager.toString());
        assertThat(top.get("parentId").isNull()).isTrue();
        assertThat(top.get("name").asString()).isEqualTo("Mara Manager");
        assertThat(top.get("title").asString()).isEqualTo("Engineering Manager");
        assertThat(top.get("teamId").asString()).isEqualTo(root.toString());
        assertThat(top.get("teamName").asString()).isEqualTo(rootName);
        assertThat(top.get("level").asString()).isEqualTo("eng/m1");
        JsonNode soren = byId.get(subReport.toString());
        assertThat(soren.get("parentId").asString()).isEqualTo(manager.toString());
        assertThat(soren.get("name").asString()).isEqualTo(SUB_REPORT_NAME);
        assertThat(soren.get("teamName").asString()).isEqualTo(subName);
        assertThat(byId.get(report.toString()).get("parentId").asString()).isEqualTo(manager.toString());
        assertThat(byId.get(report.toString()).get("level").isNull()).isTrue();
    }

    @Test
    void theExportFollowsTheDateAndTheSubtree() {
        JsonNode early = api.get("/api/org-chart/export?format=json&asOf=2021-01-01&rootTeamId=" + root).expect(200).json();
        assertThat(byId(early)).containsOnlyKeys(manager.toString(), report.toString());

        // The manager sits outside the sub-team, so its only person heads the exported hierarchy.
        JsonNode subtree = api.get("/api/org-chart/export?format=json&asOf=" + AS_OF + "&rootTeamId=" + sub).expect(200).json();
        assertThat(byId(subtree)).containsOnlyKeys(subReport.toString());
        assertThat(subtree.get(0).get("parentId").isNull()).isTrue();
    }

    @Test
    void theCsvExportHasAHeaderAndOneQuotedRowPerPerson() {
        Api.Response response = api.get("/api/org-chart/export?format=csv&asOf=" + AS_OF + "&rootTeamId=" + root).expect(200);

        assertThat(response.header("Content-Type")).startsWith("text/csv");
        List<String> lines = Arrays.stream(response.body().split("\r?\n")).toList();
        assertThat(lines.getFirst()).isEqualTo("id,parentId,name,title,teamId,teamName,level");
        assertThat(lines).hasSize(4);
        assertThat(lines).contains(
                manager + ",,Mara Manager,Engineering Manager," + root + "," + rootName + ",eng/m1",
                report + "," + manager + ",\"" + REPORT_NAME + "\",Engineer," + root + "," + rootName + ",",
                subReport + "," + manager + "," + SUB_REPORT_NAME + ",Senior Engineer," + sub + "," + subName + ",eng/senior");
    }

    @Test
    void theDotExportIsAGraphWithAnEdgeFromEachManagerToTheirReports() {
        Api.Response response = api.get("/api/org-chart/export?format=dot&asOf=" + AS_OF + "&rootTeamId=" + root).expect(200);

        assertThat(response.header("Content-Type")).startsWith("text/vnd.graphviz");
        String dot = response.body();
        assertThat(dot).contains("digraph");
        assertThat(dot).contains("\"" + manager + "\" -> \"" + report + "\"", "\"" + manager + "\" -> \"" + subReport + "\"");
        assertThat(dot).doesNotContain("-> \"" + manager + "\"");
        assertThat(dot).contains(SUB_REPORT_NAME);
    }

    @Test
    void theMermaidExportIsAFlowchartWithAnEdgePerReport() {
        Api.Response response = api.get("/api/org-chart/export?format=mermaid&asOf=" + AS_OF + "&rootTeamId=" + root).expect(200);

        assertThat(response.header("Content-Type")).startsWith("text/plain");
        String mermaid = response.body();
        assertThat(mermaid).startsWith("flowchart");
        assertThat(mermaid.lines().filter(line -> line.contains("-->")).count()).isEqualTo(2);
        assertThat(mermaid).contains("Mara Manager", SUB_REPORT_NAME);
    }

    @Test
    void anUnknownFormatIsRefused() {
        Api.Response response = api.get("/api/org-chart/export?format=xml&rootTeamId=" + root);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString())).contains("format");
    }

    private UUID hire(String name, String title, String level, UUID team, UUID managerId, String start) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("email", "chart." + UUID.randomUUID() + "@example.com");
        body.put("title", title);
        body.put("level", level);
        body.put("teamId", team);
        body.put("managerId", managerId);
        body.put("startDate", start);
        return api.post("/api/people", body).expect(201).id();
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        return array.valueStream().collect(Collectors.toMap(n -> n.get("id").asString(), Function.identity()));
    }
}
