package io.cadre.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Browser.choose;
import static io.cadre.support.Browser.screenshot;

import io.cadre.access.service.UserAccounts;
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

/**
 * What an EMPLOYEE and a DIRECTOR see of people in the real UI (product.md §7.5): everyone in the People list, their
 * own record (or their subtree's) in full, and for anyone else the directory's fields with a note saying why the rest
 * is not shown, instead of an error.
 */
@IntegrationTest
class ScopeBrowserTest extends BrowserTest {

    private static final String PASSWORD = "scope-browser-password-1";
    private static final LocalDate FOUNDED = LocalDate.of(2021, 2, 1);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    @Test
    void anEmployeeSeesTheirOwnRecordAndADirectorTheirSubtreeAndBothOnlyTheDirectoryOfOthers() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Api admin = Api.asAdmin(port);
        UUID company = admin.formTeam("Company " + tag, null, FOUNDED);
        UUID engineering = admin.formTeam("Engineering " + tag, company, FOUNDED);
        UUID sales = admin.formTeam("Sales " + tag, company, FOUNDED);
        UUID dora = admin.hire("Dora Director " + tag, engineering, null, FOUNDED);
        UUID emil = admin.hire("Emil Employee " + tag, engineering, dora, FOUNDED);
        UUID olga = admin.hire("Olga Outsider " + tag, sales, null, FOUNDED);
        admin.post("/api/teams/" + engineering + "/lead", Map.of("personId", dora.toString(), "effectiveDate", FOUNDED.toString()))
                .expect(200);
        String emilEmail = admin.get("/api/people/" + emil).expect(200).json().get("email").asString();
        String olgaEmail = admin.get("/api/people/" + olga).expect(200).json().get("email").asString();
        users.create("emil-" + tag, PASSWORD, Set.of(Role.EMPLOYEE), emil);
        users.create("dora-" + tag, PASSWORD, Set.of(Role.DIRECTOR), dora);

        signIn(port, "emil-" + tag, PASSWORD);
        page.navigate("/people");
        choose(page, "people-team", "Company " + tag);
        assertThat(page.locator("#people-total")).hasText("3 people");
        assertThat(page.locator("#people-grid")).containsText("Olga Outsider " + tag);
        screenshot(page, "scope-01-employee-people");
        page.navigate("/people/" + emil);
        assertThat(page.locator("#person-name")).hasText("Emil Employee " + tag);
        assertThat(page.locator("body")).containsText(emilEmail);
        assertThat(page.locator("#out-of-scope")).hasCount(0);
        page.navigate("/people/" + dora);
        assertThat(page.locator("#person-name")).hasText("Dora Director " + tag);
        assertThat(page.locator("#out-of-scope")).isVisible();
        assertThat(page.locator("body")).containsText("Engineering " + tag);
        screenshot(page, "scope-02-employee-sees-their-manager-in-the-directory-only");
        page.context().close();

        signIn(port, "dora-" + tag, PASSWORD);
        page.navigate("/people/" + emil);
        assertThat(page.locator("#person-name")).hasText("Emil Employee " + tag);
        assertThat(page.locator("body")).containsText(emilEmail);
        assertThat(page.locator("#out-of-scope")).hasCount(0);
        page.navigate("/people/" + olga);
        assertThat(page.locator("#person-name")).hasText("Olga Outsider " + tag);
        assertThat(page.locator("#out-of-scope")).isVisible();
        assertThat(page.locator("body")).not().containsText(olgaEmail);
        screenshot(page, "scope-03-director-outside-their-subtree");
    }
}
