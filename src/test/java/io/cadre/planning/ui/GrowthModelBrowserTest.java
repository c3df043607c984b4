package io.cadre.planning.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Api.body;
import static io.cadre.support.Browser.choose;
import static io.cadre.support.Browser.screenshot;
import static io.cadre.support.Browser.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.cadre.access.service.UserAccounts;
import io.cadre.ladder.Ladders;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.planning.api.Period;
import io.cadre.shared.Role;
import io.cadre.support.Api;
import io.cadre.support.BrowserTest;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A director asks "what happens when this 10xs?" in the real UI: picks their department, takes the 10x preset, sees the
 * people by kind, the pyramid, the cost and the table reach ten times today's headcount, saves the model and opens it
 * beside a second one. Screenshots land in target/screenshots.
 */
@IntegrationTest
// Publishes ladders, after which every level must name a published one: a context of its own keeps the shared
// context's free-text levels valid.
@TestPropertySource(properties = "cadre.test.context=published-ladders")
class GrowthModelBrowserTest extends BrowserTest {

    private static final String PASSWORD = "browser-password-1";
    private static final LocalDate FOUNDED = LocalDate.now().minusYears(1);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aDirectorRunsTheTenTimesPresetAndSeesItsChartsAndTable() {
        Api admin = Api.asAdmin(port);
        String ladder = "tenx" + suffix;
        admin.postRaw("/api/ladders/import?publish=true&reason=Adopt", "application/json",
                LadderFormat.write(Ladders.small(ladder), LadderFormat.Syntax.JSON)).expect(201);
        String department = "Zeta Growth " + suffix;
        UUID team = admin.formTeam(department, null, FOUNDED);
        UUID lead = hire(admin, "Lia Lead", team, null, ladder + "/lead");
        for (int i = 0; i < 4; i++) {
            hire(admin, "Ike Engineer " + i, team, lead, ladder + "/junior");
        }
        String director = "growth-director-" + suffix;
        // Lia leads the department, so as a director she sees its levels and cost (product.md §7.5).
        admin.post("/api/teams/" + team + "/lead", Api.body("personId", lead, "effectiveDate", FOUNDED.toString())).expect(200);
        assertThat(users.create(director, PASSWORD, Set.of(Role.DIRECTOR), lead)).isTrue();
        signIn(port, director, PASSWORD);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Growth model")).first().click();
        choose(page, "a-rootTeamId", department);
        page.locator("#a-preset").click();
        assertThat(page.locator("#a-targetHeadcount input")).hasValue("50");
        assertThat(page.locator("#a-kinds-chart")).hasAttribute("data-drawn", "3");
        assertThat(page.locator("#a-pyramid-chart")).hasAttribute("data-drawn", "2");
        assertThat(page.locator("#a-cost-chart")).hasAttribute("data-drawn", "1");
        assertThat(page.locator("#a-kinds-chart rect, #a-kinds-chart path").first()).isAttached();
        String last = Period.quarterOf(LocalDate.now()).next().next().next().next().next().next().next().next().next().next().next().next()
                .toString();
        assertThat(page.locator("#a-table")).containsText(last);
        assertThat(page.locator("#a-table vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("50")).first()).isAttached();
        screenshot(page, "growth-01-ten-times");

        page.locator("#a-save").click();
        type(page, "a-name", "Ten times " + suffix);
        page.locator("#a-save-confirm").click();
        assertThat(page.locator("#a-open input")).hasValue("Ten times " + suffix);

        page.locator("#side-by-side").click();
        choose(page, "b-open", "Ten times " + suffix);
        assertThat(page.locator("#b-targetHeadcount input")).hasValue("50");
        assertThat(page.locator("#b-kinds-chart")).hasAttribute("data-drawn", "3");
        assertThat(page.locator("#b-table")).containsText(last);
        screenshot(page, "growth-02-side-by-side");
    }

    private UUID hire(Api admin, String name, UUID team, UUID manager, String level) {
        return admin.post("/api/people", body("name", name + " " + suffix, "email", name.replace(' ', '.').toLowerCase() + "." + suffix
                + "@example.com", "title", "Engineer", "teamId", team, "managerId", manager, "level", level,
                "startDate", FOUNDED.toString())).expect(201).id();
    }
}
