package io.cadre.audit.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Api.body;
import static io.cadre.support.Browser.choose;
import static io.cadre.support.Browser.screenshot;
import static org.awaitility.Awaitility.await;

import io.cadre.support.Api;
import io.cadre.support.BrowserTest;
import io.cadre.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * An HR user answers "what changed in a team last quarter" in the Audit view: the team (with its sub-team), the last
 * quarter, and the timeline lists exactly the changes of that period there, with who, why and before → after; from a
 * person's page, "Why does X report to Y?" lists the person's reporting-line changes.
 */
@IntegrationTest
@TestPropertySource(properties = "cadre.test.context=audit")
class AuditBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;

    @Test
    void whatChangedInATeamLastQuarter() {
        Api admin = Api.asAdmin(port);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(clock);
        LocalDate thisQuarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        LocalDate lastQuarter = thisQuarter.minusMonths(3);
        LocalDate founded = lastQuarter.minusYears(1);

        UUID platform = admin.formTeam("Platform " + suffix, null, founded);
        UUID search = admin.formTeam("Search " + suffix, platform, founded);
        UUID elsewhere = admin.formTeam("Elsewhere " + suffix, null, founded);
        UUID lead = admin.hire("Lena Lead " + suffix, search, null, founded);
        UUID ben = admin.hire("Ben Mover " + suffix, elsewhere, null, founded);
        UUID ana = admin.hire("Ana Newcomer " + suffix, search, lead, lastQuarter.plusDays(10));
        admin.post("/api/people/" + ben + "/transfer", body("teamId", search, "effectiveDate", lastQuarter.plusDays(20),
                "reason", "Search needs an indexing expert")).expect(200);
        admin.post("/api/people/" + ben + "/manager", body("managerId", lead, "effectiveDate", lastQuarter.plusDays(20),
                "reason", "Joins Lena's team")).expect(200);
        admin.post("/api/people/" + ana + "/title", body("title", "Senior Engineer", "effectiveDate", today,
                "reason", "Grew fast")).expect(200);
        admin.hire("Olga Other " + suffix, elsewhere, null, lastQuarter.plusDays(5));
        await("the audit timeline to hold Ana's title change").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> admin.get("/api/audit?personId=" + ana + "&type=TITLE_CHANGED").expect(200).json().get("total").asInt() == 1);

        signIn(port, "admin", "test-admin");
        page.navigate("http://localhost:" + port + "/audit");
        assertThat(page.locator("#audit-grid")).isVisible();
        choose(page, "audit-team", "Platform " + suffix);
        page.locator("#audit-last-quarter").click();

        assertThat(page.locator("#audit-total")).hasText("3 changes");
        var grid = page.locator("#audit-grid");
        assertThat(grid).containsText("Ana Newcomer " + suffix + " joined Search " + suffix + " as Engineer, reporting to Lena Lead " + suffix);
        assertThat(grid).containsText("Ben Mover " + suffix + " moved from Elsewhere " + suffix + " to Search " + suffix);
        assertThat(grid).containsText("Search needs an indexing expert");
        assertThat(grid).containsText("team: Elsewhere " + suffix + " → Search " + suffix);
        assertThat(grid).containsText("Ben Mover " + suffix + " now reports to Lena Lead " + suffix);
        assertThat(grid).not().containsText("Grew fast");
        assertThat(grid).not().containsText("Olga Other");
        screenshot(page, "audit-01-team-last-quarter");

        page.navigate("http://localhost:" + port + "/people/" + ben);
        var why = page.locator("#reporting-line");
        assertThat(why).containsText("Why does Ben Mover " + suffix + " report to Lena Lead " + suffix + "?");
        assertThat(why).containsText("Joins Lena's team");
        assertThat(why).containsText("Ben Mover " + suffix + " joined Elsewhere " + suffix);
        screenshot(page, "audit-02-why-reports-to");
        why.locator("a").click();
        assertThat(page.locator("#audit-total")).hasText("3 changes");
        assertThat(page.locator("#audit-grid")).containsText("MANAGER_CHANGED");
        assertThat(page.locator("#audit-grid")).not().containsText("Ana Newcomer");
    }
}
