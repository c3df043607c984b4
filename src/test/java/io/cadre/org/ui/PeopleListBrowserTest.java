package io.cadre.org.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Browser.choose;
import static io.cadre.support.Browser.pickDate;
import static io.cadre.support.Browser.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import io.cadre.support.Api;
import io.cadre.support.BrowserTest;
import io.cadre.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** HR narrows the People list to a department (its teams included), a manager, leavers and a start date, sorts it and exports it. */
@IntegrationTest
class PeopleListBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;

    @Test
    void hrFiltersSortsCountsAndExportsThePeopleList() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Api api = Api.asAdmin(port);
        UUID department = api.formTeam("Dept " + tag, null, LocalDate.of(2023, 1, 1));
        UUID squad = api.formTeam("Squad " + tag, department, LocalDate.of(2023, 1, 1));
        UUID lead = api.hire("Ada Lead " + tag, department, null, LocalDate.of(2023, 1, 2));
        api.hire("Bea Early " + tag, squad, lead, LocalDate.of(2024, 3, 1));
        api.hire("Cy Late " + tag, squad, lead, LocalDate.of(2025, 6, 1));
        UUID leaver = api.hire("Dee Gone " + tag, squad, lead, LocalDate.of(2024, 5, 1));
        api.post("/api/people/" + leaver + "/leave", Api.body("kind", "VOLUNTARY", "newManagerForReports", null,
                "effectiveDate", "2025-01-31", "reason", "Moves abroad")).expect(200);

        signIn(port, "admin", "test-admin");
        page.navigate("/people");
        choose(page, "people-team", "Dept " + tag);
        Locator rows = page.locator("#people-grid vaadin-grid-cell-content");
        assertThat(page.locator("#people-total")).hasText("3 people");
        assertThat(page.locator("#people-grid")).containsText("Bea Early " + tag);
        assertThat(page.locator("#people-grid")).not().containsText("Dee Gone " + tag);

        choose(page, "people-manager", "Ada Lead " + tag);
        assertThat(page.locator("#people-total")).hasText("2 people");

        pickDate(page, "people-started-from", LocalDate.of(2025, 1, 1));
        assertThat(page.locator("#people-total")).hasText("1 person");
        assertThat(page.locator("#people-grid")).containsText("Cy Late " + tag);
        screenshot(page, "people-01-filtered");

        page.locator("#people-started-from").locator("input").fill("");
        page.locator("#people-started-from").locator("input").press("Enter");
        assertThat(page.locator("#people-total")).hasText("2 people");
        choose(page, "people-status", "Left");
        assertThat(page.locator("#people-total")).hasText("1 person");
        assertThat(page.locator("#people-grid")).containsText("Dee Gone " + tag);
        assertThat(page.locator("#people-grid")).containsText("Left");

        choose(page, "people-status", "Everyone");
        assertThat(page.locator("#people-total")).hasText("3 people");
        // Sorted by start date, latest first: Cy (2025), Dee (2024-05), Bea (2024-03).
        page.locator("#people-grid vaadin-grid-sorter", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Since")).click();
        page.locator("#people-grid vaadin-grid-sorter", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Since")).click();
        assertThat(rows.filter(new Locator.FilterOptions().setHasText(tag)).first()).containsText("Cy Late " + tag);
        screenshot(page, "people-02-everyone-by-start");

        Download download = page.waitForDownload(() -> page.locator("#people-export").click());
        List<String> lines = Files.readAllLines(download.path());
        assertThat(lines.get(0)).startsWith("id,employeeNumber,name,email,title,teamId,team,managerId,manager,level,startDate");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains("Cy Late " + tag, "2025-06-01", "ACTIVE");
        assertThat(lines.get(2)).contains("Dee Gone " + tag, "LEFT", "2025-01-31");
        assertThat(lines.get(3)).contains("Bea Early " + tag, "Squad " + tag);
    }
}
