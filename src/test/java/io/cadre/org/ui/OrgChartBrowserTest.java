package io.cadre.org.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Api.body;
import static io.cadre.support.Browser.choose;
import static io.cadre.support.Browser.pickDate;
import static io.cadre.support.Browser.screenshot;
import static io.cadre.support.Browser.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.cadre.shared.Role;
import io.cadre.access.service.UserAccounts;
import io.cadre.support.Api;
import io.cadre.support.Browser;
import io.cadre.support.BrowserTest;
import io.cadre.support.EventLog;
import io.cadre.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A director's work with the org chart in Chromium against the whole application: their own subtree, a
 * search that focuses a person, a move by drag and drop confirmed in a dialog, a move the rules refuse,
 * the chart on an earlier date, two dates compared, and the chart downloaded as SVG. A screenshot of
 * every step lands in target/screenshots.
 */
@IntegrationTest
class OrgChartBrowserTest extends BrowserTest {

    private static final String PASSWORD = "chart-password-1";
    private static final LocalDate FOUNDED = LocalDate.of(2025, 1, 2);
    private static final LocalDate EARLIER = LocalDate.of(2025, 6, 2);


    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;

    private Api admin;
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void setUp() {
        admin = Api.asAdmin(port);
    }

    @Test
    void aDirectorSearchesMovesTravelsInTimeComparesAndExports() throws IOException {
        String lenaName = "Lena " + suffix + " Director";
        UUID team = admin.formTeam("Atlas " + suffix, null, FOUNDED);
        UUID apps = admin.formTeam("Atlas Apps " + suffix, team, FOUNDED);
        UUID lena = admin.hire(lenaName, team, null, FOUNDED);
        UUID max = admin.hire("Max Manager " + suffix, apps, lena, FOUNDED);
        UUID nia = admin.hire("Nia Engineer " + suffix, apps, lena, FOUNDED);
        UUID otto = admin.hire("Otto Newcomer " + suffix, apps, max, LocalDate.of(2026, 1, 5));
        // Lena leads Atlas: her scope, in which she moves people (product.md §7.5).
        admin.post("/api/teams/" + team + "/lead", java.util.Map.of("personId", lena.toString(), "effectiveDate", FOUNDED.toString()))
                .expect(200);
        String director = "director-" + suffix;
        assertThat(users.create(director, PASSWORD, Set.of(Role.DIRECTOR), lena)).isTrue();

        signIn(port, director, PASSWORD);
        page.locator("vaadin-side-nav-item[path='org-chart']").click();
        Locator chart = page.locator("#org-chart");
        assertThat(chart).hasAttribute("nodes-shown", java.util.regex.Pattern.compile("[1-9]\\d*"));
        page.locator("#my-subtree").click();
        assertThat(chart).hasAttribute("nodes-shown", "4");
        assertThat(box(lena)).containsText(lenaName);
        assertThat(box(lena)).containsText("LD");
        assertThat(box(max)).containsText("Atlas Apps " + suffix);
        assertThat(page.locator("#selected-name")).hasText(lenaName);
        screenshot(page, "chart-01-my-subtree");

        choose(page, "chart-search", "Nia Engineer " + suffix);
        assertThat(box(nia)).hasClass(java.util.regex.Pattern.compile("selected"));
        assertThat(page.locator("#selected-name")).hasText("Nia Engineer " + suffix);
        assertThat(page.locator("#record-manager")).hasText(lenaName);
        assertThat(page.locator("#chart-side-panel #history")).containsText("Person hired");
        screenshot(page, "chart-02-search");

        page.locator("#fit").click();
        box(nia).dragTo(box(max));
        assertThat(page.locator("#move-summary")).hasText("Nia Engineer " + suffix + " will report to Max Manager " + suffix + ".");
        type(page, "reason", "Nia joins Max's line " + suffix);
        screenshot(page, "chart-03-move-dialog");
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);
        assertThat(admin.get("/api/people/" + nia).expect(200).json().get("managerId").asString()).isEqualTo(max.toString());
        assertThat(page.locator("#record-manager")).hasText("Max Manager " + suffix);
        screenshot(page, "chart-04-moved");

        long eventsBefore = EventLog.size(jdbc);
        page.locator("#fit").click();
        box(lena).dragTo(box(otto));
        type(page, "reason", "A cycle");
        page.locator("#save").click();
        assertThat(page.locator("#refusal")).containsText("reporting cycle");
        screenshot(page, "chart-05-refused");
        assertThat(EventLog.size(jdbc)).isEqualTo(eventsBefore);
        assertThat(admin.get("/api/people/" + lena).expect(200).json().get("managerId").isNull()).isTrue();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Cancel")).click();

        pickDate(page, "as-of", EARLIER);
        assertThat(box(otto)).hasCount(0);
        assertThat(box(nia)).isVisible();
        assertThat(page.locator("#chart-summary")).containsText("on " + EARLIER.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        screenshot(page, "chart-06-earlier-date");

        pickDate(page, "as-of", LocalDate.now());
        pickDate(page, "compare-from", EARLIER);
        Locator changes = page.locator("#changes");
        assertThat(changes.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions()
                .setName(Browser.containing("Joined", "Otto Newcomer " + suffix)))).hasCount(1);
        assertThat(changes.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions()
                .setName(Browser.containing("New manager", "Nia Engineer " + suffix, lenaName,
                        "Max Manager " + suffix)))).hasCount(1);
        assertThat(box(otto)).hasClass(java.util.regex.Pattern.compile("mark-joined"));
        assertThat(box(nia)).hasClass(java.util.regex.Pattern.compile("mark-moved"));
        screenshot(page, "chart-07-compare");

        Download download = page.waitForDownload(() -> page.locator("#export-svg").click());
        assertThat(download.suggestedFilename()).isEqualTo("org-chart-" + LocalDate.now() + ".svg");
        String svg = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("Otto Newcomer " + suffix, "Nia Engineer " + suffix, "Atlas Apps " + suffix);
        Files.writeString(Browser.SCREENSHOTS.resolve("chart-08-export.svg"), svg);
        screenshot(page, "chart-08-exported");
    }

    @Test
    void aChangeBySomeoneElseAppearsInTheChartWithoutAReload() {
        UUID team = admin.formTeam("Live Chart " + suffix, null, FOUNDED);
        UUID lead = admin.hire("Lia Lead " + suffix, team, null, FOUNDED);
        String reader = "reader-" + suffix;
        assertThat(users.create(reader, PASSWORD, Set.of(Role.EMPLOYEE), lead)).isTrue();

        signIn(port, reader, PASSWORD);
        page.navigate("/org-chart");
        page.locator("#my-subtree").click();
        assertThat(page.locator("#org-chart")).hasAttribute("nodes-shown", "1");
        page.evaluate("window.cadreMark = 'still here'");

        UUID newcomer = admin.hire("Ned Newcomer " + suffix, team, lead, FOUNDED);

        assertThat(box(newcomer)).containsText("Ned Newcomer " + suffix);
        assertThat(page.locator("#org-chart")).hasAttribute("nodes-shown", "2");
        assertThat(page.evaluate("window.cadreMark")).isEqualTo("still here");
        screenshot(page, "chart-09-pushed");
        admin.post("/api/people/" + newcomer + "/title", body("title", "Staff Engineer")).expect(200);
        assertThat(box(newcomer)).containsText("Staff Engineer");
    }

    private Locator box(UUID id) {
        return page.locator("#org-chart [data-node='" + id + "']");
    }
}
