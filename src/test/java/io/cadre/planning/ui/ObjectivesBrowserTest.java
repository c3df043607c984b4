package io.cadre.planning.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Browser.choose;
import static io.cadre.support.Browser.screenshot;
import static io.cadre.support.Browser.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.cadre.access.service.UserAccounts;
import io.cadre.planning.api.Period;
import io.cadre.shared.Role;
import io.cadre.support.Api;
import io.cadre.support.BrowserTest;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A director designs next quarter in the real UI: writes the department's objective and two teams' objectives aligned
 * under it, commits them and records check-ins; a reader sees them without the buttons that change them. Screenshots
 * of every step land in target/screenshots.
 */
@IntegrationTest
class ObjectivesBrowserTest extends BrowserTest {

    /**
     * The application context and its database are shared with other tests, whose views list the teams by name: the
     * top team of these tests sorts after theirs, so as not to push theirs out of sight.
     */
    private static final String DEPARTMENT = "Zeta Product ";

    private static final String PASSWORD = "browser-password-1";
    private static final LocalDate FOUNDED = LocalDate.now().minusYears(1);
    private static final String CURRENT = Period.quarterOf(LocalDate.now()).toString();
    private static final String NEXT = Period.quarterOf(LocalDate.now()).next().toString();

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    private record Org(UUID department, UUID checkout, UUID payments, UUID director) {
    }

    private Org org() {
        Api admin = Api.asAdmin(port);
        UUID department = admin.formTeam(DEPARTMENT + suffix, null, FOUNDED);
        UUID checkout = admin.formTeam("Checkout " + suffix, department, FOUNDED);
        UUID payments = admin.formTeam("Payments " + suffix, department, FOUNDED);
        UUID director = admin.hire("Dana Director " + suffix, department, null, FOUNDED);
        admin.post("/api/teams/" + department + "/lead", Map.of("personId", director)).expect(200);
        return new Org(department, checkout, payments, director);
    }

    @Test
    void aDirectorWritesNextQuartersObjectivesAlignsCommitsAndChecksIn() {
        Org org = org();
        String director = "director-" + suffix;
        assertThat(users.create(director, PASSWORD, Set.of(Role.DIRECTOR), org.director())).isTrue();
        signIn(port, director, PASSWORD);

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Objectives")).first().click();
        // At first: the director's own department and the current quarter, and what to do first.
        assertThat(page.locator("#team-picker input")).hasValue(DEPARTMENT + suffix);
        assertThat(page.locator("#period-picker input")).hasValue(CURRENT);
        assertThat(page.locator("#objectives-empty")).containsText("Start with New objective");
        screenshot(page, "objectives-01-empty");

        choose(page, "period-picker", NEXT);
        String goal = "Customers pay in one step " + suffix;
        write(null, goal, null, "Checkout conversion", "%", "40", "55");
        assertThat(card(goal)).containsText("Draft");
        screenshot(page, "objectives-02-department-objective");

        String fast = "Checkout is fast " + suffix;
        String providers = "Payments never fail " + suffix;
        write("Checkout " + suffix, fast, goal, "p95 latency", "ms", "800", "300");
        write("Payments " + suffix, providers, goal, "Failed payments", "%", "4", "1");
        assertThat(page.locator(".objective-card")).hasCount(3);
        screenshot(page, "objectives-03-team-objectives");

        page.locator("#tab-alignment").click();
        Locator tree = page.locator("#alignment-tree");
        assertThat(tree).containsText(goal);
        assertThat(tree).containsText(fast);
        assertThat(tree).containsText(providers);
        assertThat(page.locator("#orphans")).containsText("Every team objective is aligned");
        screenshot(page, "objectives-04-alignment");

        page.locator("#tab-objectives").click();
        for (String title : new String[] {goal, fast, providers}) {
            card(title).locator(".commit").click();
            assertThat(page.locator("#status input")).hasValue("COMMITTED");
            page.locator("#save").click();
            assertThat(page.locator("#save")).hasCount(0);
            assertThat(card(title)).containsText("Committed");
        }
        screenshot(page, "objectives-05-committed");

        card(fast).locator(".check-in").first().click();
        type(page, "value", "650");
        choose(page, "confidence", "at risk");
        type(page, "note", "The new gateway lands late");
        screenshot(page, "objectives-06-check-in");
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);
        assertThat(card(fast)).containsText("p95 latency: 650 ms, target 300 ms · at risk");
        assertThat(card(fast).locator(".kr-progress")).hasAttribute("data-confidence", "AT_RISK");

        card(providers).locator(".check-in").first().click();
        type(page, "value", "2");
        choose(page, "confidence", "on track");
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);
        assertThat(card(providers).locator(".kr-progress")).hasAttribute("data-confidence", "ON_TRACK");
        screenshot(page, "objectives-07-checked-in");

        card(fast).locator(".objective-title").click();
        assertThat(page.locator("#objective-title")).hasText(fast);
        assertThat(page.locator("#objective-record")).containsText("aligned under " + goal);
        Locator history = page.locator("#objective-history");
        assertThat(history).containsText("Check-in: 650, AT_RISK, The new gateway lands late");
        assertThat(history).containsText("Status: COMMITTED");
        assertThat(history).containsText(director);
        // The key result's history, drawn by ECharts: the check-ins against the straight line from start to target.
        Locator chart = page.locator(".kr-chart").first();
        assertThat(chart).hasAttribute("data-drawn", "2");
        assertThat(chart.locator("svg path").first()).isAttached();
        assertThat(chart).containsText("Plan: start to target");
        screenshot(page, "objectives-08-objective-page");

        JsonNode saved = Api.asAdmin(port).get("/api/objectives?teamId=" + org.department() + "&period=" + NEXT
                + "&includeSubteams=true").expect(200).json();
        assertThat(saved.get("total").asInt()).isEqualTo(3);
        saved.get("items").forEach(o -> assertThat(o.get("status").asString()).isEqualTo("COMMITTED"));

        page.navigate("http://localhost:" + port + "/teams/" + org.checkout());
        assertThat(page.locator("#team-objectives")).containsText(fast);
        screenshot(page, "objectives-09-team-page");
    }

    @Test
    void aReaderSeesObjectivesWithoutTheButtonsThatChangeThem() {
        Org org = org();
        Api admin = Api.asAdmin(port);
        admin.post("/api/objectives", Map.of("teamId", org.checkout(), "period", CURRENT, "title", "Read me " + suffix,
                "keyResults", java.util.List.of(Map.of("title", "Things", "start", 0, "target", 10)))).expect(201);
        String reader = "employee-" + suffix;
        assertThat(users.create(reader, PASSWORD, Set.of(Role.EMPLOYEE), null)).isTrue();
        signIn(port, reader, PASSWORD);
        page.navigate("http://localhost:" + port + "/objectives?team=" + org.checkout());
        assertThat(card("Read me " + suffix)).containsText("Draft");
        assertThat(page.locator("#new-objective")).hasCount(0);
        assertThat(page.locator("#plan-next")).hasCount(0);
        assertThat(card("Read me " + suffix).locator(".commit")).hasCount(0);
        screenshot(page, "objectives-10-reader");
    }

    /** Writes an objective with one key result through the New objective dialog; team null keeps the one preset. */
    private void write(String team, String title, String parent, String kr, String unit, String start, String target) {
        page.locator("#new-objective").click();
        assertThat(page.locator("#period input")).hasValue(NEXT);
        if (team != null) {
            choose(page, "teamId", team);
        }
        type(page, "title", title);
        if (parent != null) {
            choose(page, "parentId", parent);
        }
        type(page, "kr-0-title", kr);
        type(page, "kr-0-unit", unit);
        type(page, "kr-0-start", start);
        type(page, "kr-0-target", target);
        type(page, "reason", "Planning " + NEXT);
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);
        assertThat(card(title)).isVisible();
    }

    private Locator card(String title) {
        return page.locator(".objective-card").filter(new Locator.FilterOptions().setHasText(title));
    }
}
