package io.cadre.reports.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Browser.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import io.cadre.access.service.ApiTokens;
import io.cadre.platform.projection.ProcessorStatus;
import io.cadre.support.Api;
import io.cadre.support.BrowserTest;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * On the demo organisation (the same context as the demo's own test): the director lands on their department at a
 * glance, with the figures the reports answer over REST, follows it to the span-of-control report and draws it over
 * time; HR lands on the whole organisation, an engineer where they did before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cadre.demo=true")
@ActiveProfiles("test")
class ReportsBrowserTest extends BrowserTest {

    private static final String PASSWORD = "cadre-demo";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ProcessorStatus processors;

    private Api api;

    @BeforeEach
    void reportsCaughtUp() {
        api = Api.bearer(port, tokens.issue("admin", "reports-browser"));
        await().atMost(Duration.ofSeconds(60)).until(() -> processors.lag("reports") == 0);
    }

    @Test
    void theDirectorLandsOnTheirDepartmentAndOpensAReport() {
        String department = null;
        for (JsonNode team : api.get("/api/org-chart").expect(200).json().get("teams")) {
            if (team.get("name").asString().equals("Product Engineering")) {
                department = team.get("id").asString();
            }
        }
        assertThat(department).isNotNull();
        JsonNode headcount = api.get("/api/reports/headcount?rootTeamId=" + department).expect(200).json();
        JsonNode span = api.get("/api/reports/span-of-control?rootTeamId=" + department).expect(200).json();
        JsonNode positions = api.get("/api/reports/positions?rootTeamId=" + department).expect(200).json();

        Page page = signIn(port, "demo-director", PASSWORD);
        page.waitForURL(Pattern.compile(".*/home$"));
        assertThat(page.locator("#home-scope")).containsText("Product Engineering and every team below");
        assertThat(page.locator("#home-headcount")).containsText(headcount.get("total").asInt() + " people");
        assertThat(page.locator("#home-headcount-chart")).hasAttribute("data-drawn", "1");
        assertThat(page.locator("#home-positions")).containsText(positions.get("open").asInt() + " open");
        assertThat(page.locator("#home-span")).containsText(span.get("outliers").size() + " outliers");
        assertThat(page.locator("#home-objectives")).containsText("Objectives");
        assertThat(page.locator("#home-attrition")).containsText("hires");
        assertThat(page.locator("#home-changes")).containsText("Changes in the last 30 days");
        screenshot(page, "reports-01-director-home");

        page.locator("#home-span").getByRole(AriaRole.LINK).click();
        page.waitForURL(Pattern.compile(".*/reports\\?report=span-of-control.*"));
        assertThat(page.locator("#report-chart")).hasAttribute("data-drawn", "1");
        assertThat(page.locator("#report-team input")).hasValue("Product Engineering");
        assertThat(page.locator("#report-table vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(span.get("rows").get(0).get("name").asString())).first()).isVisible();
        screenshot(page, "reports-02-span-of-control");

        page.locator("#report-mode").getByText("Over time").click();
        assertThat(page.locator("#report-chart")).hasAttribute("data-drawn", "3");
        assertThat(page.locator("#report-summary")).containsText("Median");
        screenshot(page, "reports-03-span-of-control-over-time");
    }

    @Test
    void hrLandsOnTheWholeOrganisationAndAnEngineerWhereTheyDidBefore() {
        JsonNode headcount = api.get("/api/reports/headcount").expect(200).json();
        Page hr = signIn(port, "demo-hr", PASSWORD);
        hr.waitForURL(Pattern.compile(".*/home$"));
        assertThat(hr.locator("#home-scope")).containsText("The whole organisation");
        assertThat(hr.locator("#home-headcount")).containsText(headcount.get("total").asInt() + " people");
        screenshot(hr, "reports-04-hr-home");
        hr.context().close();

        Page engineer = signIn(port, "demo-employee", PASSWORD);
        assertThat(engineer.locator("#home-scope")).hasCount(0);
        assertThat(engineer).not().hasURL(Pattern.compile(".*/home$"));
    }
}
