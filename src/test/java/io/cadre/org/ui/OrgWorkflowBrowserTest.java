package io.cadre.org.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Browser.choose;
import static io.cadre.support.Browser.pickDate;
import static io.cadre.support.Browser.screenshot;
import static io.cadre.support.Browser.type;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person's work in Cadre's real UI, in Chromium against the whole application: a director's workflow
 * from forming a team to a transfer, a refusal by the rules, what a reader may not do, others' changes
 * arriving by push, and field errors in place. A screenshot of every step lands in target/screenshots.
 */
@IntegrationTest
class OrgWorkflowBrowserTest extends BrowserTest {

    private static final String PASSWORD = "browser-password-1";
    private static final LocalDate FOUNDED = LocalDate.of(2025, 1, 2);
    private static final int TEAM_COLUMN = 2;


    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;

    private Api admin;
    // The application context (and its database) is shared with other tests: names carry a suffix so
    // that the unique-name rule and the searches only ever meet this test's data.
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void setUp() {
        admin = Api.asAdmin(port);
    }

    @Test
    void aDirectorFormsATeamHiresIntoItAndTransfersThePerson() {
        String hr = user(Role.HR);
        UUID payments = admin.formTeam("Payments " + suffix, null, FOUNDED);
        String platform = "Platform " + suffix;
        String name = "Ada Byron " + suffix;
        String reason = "Payments needs platform experience " + suffix;

        signIn(port, hr, PASSWORD);
        assertThat(page.locator("#signed-in-user")).containsText("HR");
        screenshot(page, "workflow-01-signed-in");

        nav("Teams").click();
        page.locator("#form-team").click();
        type(page, "name", platform);
        pickDate(page, "effective-date", LocalDate.of(2025, 1, 6));
        type(page, "reason", "The platform gets its own team");
        screenshot(page, "workflow-02-form-team");
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);
        assertThat(page.locator("#teams-tree")).containsText(platform);
        screenshot(page, "workflow-03-team-formed");

        nav("People").click();
        page.locator("#hire").click();
        type(page, "name", name);
        type(page, "email", "ada." + suffix + "@example.com");
        type(page, "title", "Platform Engineer");
        choose(page, "teamId", platform);
        pickDate(page, "effective-date", LocalDate.of(2025, 2, 3));
        screenshot(page, "workflow-04-hire");
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);

        search(name).getByRole(AriaRole.GRIDCELL).first().click();
        assertThat(page.locator("#person-name")).hasText(name);
        assertThat(page.locator("#record-team")).hasText(platform);
        screenshot(page, "workflow-05-hired");

        page.locator("#action-transfer").click();
        choose(page, "teamId", "Payments " + suffix);
        pickDate(page, "effective-date", LocalDate.of(2025, 3, 3));
        type(page, "reason", reason);
        screenshot(page, "workflow-06-transfer");
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);
        assertThat(page.locator("#record-team")).hasText("Payments " + suffix);
        assertThat(row("history", "→ Payments " + suffix, hr, reason)).hasCount(1);
        screenshot(page, "workflow-07-transferred");

        nav("People").click();
        Locator found = search(name);
        assertThat(found.getByRole(AriaRole.GRIDCELL).nth(TEAM_COLUMN)).hasAccessibleName("Payments " + suffix);
        screenshot(page, "workflow-08-directory");

        assertThat(admin.get("/api/people?teamId=" + payments).expect(200).body()).contains(name);

        page.locator("#sign-out").click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("#signed-in-user")).hasCount(0);
        screenshot(page, "workflow-09-signed-out");
    }

    @Test
    void aMoveTheRulesRefuseShowsWhyAndChangesNothing() {
        UUID team = admin.formTeam("Core " + suffix, null, FOUNDED);
        UUID manager = admin.hire("Grace Manager " + suffix, team, null, FOUNDED);
        admin.hire("Alan Report " + suffix, team, manager, FOUNDED);

        signIn(port, "admin", "test-admin");
        page.navigate("/people/" + manager);
        assertThat(page.locator("#person-name")).hasText("Grace Manager " + suffix);
        page.locator("#action-change-manager").click();
        choose(page, "managerId", "Alan Report " + suffix);
        type(page, "reason", "Swap the two");
        long eventsBefore = EventLog.size(jdbc);
        page.locator("#save").click();

        assertThat(page.locator("#refusal")).isVisible();
        assertThat(page.locator("#refusal")).containsText("reporting cycle");
        assertThat(page.locator("#save")).isVisible();
        screenshot(page, "refusal-01-reporting-cycle");

        assertThat(EventLog.size(jdbc)).isEqualTo(eventsBefore);
        assertThat(admin.get("/api/people/" + manager).expect(200).json().get("managerId").isNull()).isTrue();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Cancel")).click();
        assertThat(page.locator("#record-manager")).hasText("—");
    }

    @Test
    void aReaderSeesNoActionsAndNoUserAdministration() {
        UUID team = admin.formTeam("Readers " + suffix, null, FOUNDED);
        UUID person = admin.hire("Rea Der " + suffix, team, null, FOUNDED);
        String employee = user(Role.EMPLOYEE);

        signIn(port, employee, PASSWORD);
        // Each absence is checked only once the view around it has rendered, so it cannot pass on an empty page.
        assertThat(page.locator("#people-search")).isVisible();
        assertThat(nav("People")).isVisible();
        assertThat(nav("Teams")).isVisible();
        assertThat(nav("Users")).hasCount(0);
        assertThat(page.locator("#hire")).hasCount(0);
        screenshot(page, "reader-01-people");

        page.navigate("/people/" + person);
        assertThat(page.locator("#person-name")).hasText("Rea Der " + suffix);
        // A reader linked to nobody has nobody in scope (product.md §7.5): the directory's fields, no history.
        assertThat(page.locator("#out-of-scope")).isVisible();
        assertThat(page.locator("#history")).hasCount(0);
        assertThat(page.locator("[id^=action-]")).hasCount(0);
        screenshot(page, "reader-02-person");

        nav("Teams").click();
        assertThat(page.locator("#teams-tree")).containsText("Readers " + suffix);
        assertThat(page.locator("#form-team")).hasCount(0);
        screenshot(page, "reader-03-teams");

        page.navigate("/admin/users");
        assertThat(page.locator("body")).containsText(Pattern.compile("You don't have access to Users",
                Pattern.CASE_INSENSITIVE));
        assertThat(page.locator("#users")).hasCount(0);
        assertThat(page.locator("#add-user")).hasCount(0);
        screenshot(page, "reader-04-users-denied");
    }

    @Test
    void aChangeBySomeoneElseAppearsWithoutAReload() {
        UUID team = admin.formTeam("Live " + suffix, null, FOUNDED);
        UUID person = admin.hire("Live Wire " + suffix, team, null, FOUNDED);

        signIn(port, "admin", "test-admin");
        assertThat(nav("Users")).isVisible();
        page.navigate("/people/" + person);
        assertThat(page.locator("#record-title")).hasText("Engineer");
        // A reload or a navigation would drop this mark: its survival shows the page was updated in place.
        page.evaluate("window.cadreMark = 'still here'");
        screenshot(page, "push-01-before");

        admin.post("/api/people/" + person + "/title", Map.of("title", "Staff Engineer", "reason", "Promoted elsewhere"))
                .expect(200);

        assertThat(page.locator("#record-title")).hasText("Staff Engineer");
        assertThat(row("history", "→ Staff Engineer", "admin", "Promoted elsewhere")).hasCount(1);
        assertThat(page.evaluate("window.cadreMark")).isEqualTo("still here");
        screenshot(page, "push-02-after");
    }

    @Test
    void fieldErrorsShowNextToTheirFieldsAndNobodyIsHired() {
        signIn(port, "admin", "test-admin");
        // An administrator lands on the organisation at a glance; hiring starts from People.
        page.navigate("/people");
        page.locator("#hire").click();
        type(page, "email", "not-an-email-" + suffix);
        type(page, "title", "Engineer");
        long eventsBefore = EventLog.size(jdbc);
        page.locator("#save").click();

        assertThat(page.locator("#name")).hasAttribute("invalid", "");
        assertThat(page.locator("#email")).hasAttribute("invalid", "");
        assertThat(page.locator("#title")).not().hasAttribute("invalid", "");
        assertThat(page.locator("#save")).isVisible();
        screenshot(page, "field-errors-01-hire");

        assertThat(EventLog.size(jdbc)).isEqualTo(eventsBefore);
        assertThat(admin.get("/api/people?q=" + suffix).expect(200).json().get("total").asLong()).isZero();
    }

    private String user(Role role) {
        String username = role.name().toLowerCase() + "-" + suffix;
        assertThat(users.create(username, PASSWORD, Set.of(role), null)).isTrue();
        return username;
    }

    /**
     * Searches the directory and returns the one row it finds. Waiting for the answer matters: a search
     * redraws the grid with new row keys, so a click on a row drawn before it names a row the server forgot.
     */
    private Locator search(String text) {
        type(page, "people-search", text);
        Locator rows = page.locator("#people-grid").getByRole(AriaRole.ROW);
        assertThat(rows).hasCount(2);
        Locator found = rows.nth(1);
        assertThat(found).hasAccessibleName(Browser.containing(text));
        return found;
    }

    /** The rows of a grid whose cells show each of {@code texts}, in column order. */
    private Locator row(String gridId, String... texts) {
        return page.locator("#" + gridId).getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(Browser.containing(texts)));
    }

    private Locator nav(String label) {
        // By the view it leads to: the label "People" would also find "Import people".
        String path = switch (label) {
            case "People" -> "people";
            case "Teams" -> "teams";
            case "Users" -> "admin/users";
            default -> throw new IllegalArgumentException("No navigation item " + label);
        };
        return page.locator("vaadin-side-nav-item[path='" + path + "']");
    }
}
