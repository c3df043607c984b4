package io.cadre.org.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Browser.screenshot;
import static io.cadre.support.Browser.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.access.service.UserAccounts;
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

/**
 * A person's page offers "Correct personal data" and "Erase personal data" to HR and ADMIN alone, each with a dialog
 * that says what will happen; after an erasure the page reads "Erased person". Screenshots in target/screenshots.
 */
@IntegrationTest
class PersonalDataBrowserTest extends BrowserTest {

    private static final String PASSWORD = "browser-password-1";
    private static final LocalDate START = LocalDate.of(2025, 2, 3);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void hrCorrectsAndThenErasesAPersonsNameAndEmail() {
        Api admin = Api.asAdmin(port);
        UUID team = admin.formTeam("Privacy " + suffix, null, START.minusYears(1));
        UUID person = admin.hire("Wrong Name " + suffix, team, null, START);
        String hr = user(Role.HR);
        String corrected = "Right Name " + suffix;

        signIn(port, hr, PASSWORD);
        page.navigate("http://localhost:" + port + "/people/" + person);
        assertThat(page.locator("#person-name")).hasText("Wrong Name " + suffix);
        page.locator("#action-correct-personal-data").click();
        assertThat(page.locator("#explanation")).containsText("replaces the old one");
        type(page, "name", corrected);
        type(page, "reason", "Spelling in the HRIS");
        screenshot(page, "personal-data-01-correct");
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);
        assertThat(page.locator("#person-name")).hasText(corrected);
        screenshot(page, "personal-data-02-corrected");

        page.locator("#action-erase-personal-data").click();
        assertThat(page.locator("#explanation")).containsText("for good");
        assertThat(page.locator("#explanation")).containsText("Erased person");
        page.locator("#save").click();
        assertThat(page.locator("#reason")).hasAttribute("invalid", "");
        type(page, "reason", "Request of the person, ticket " + suffix);
        screenshot(page, "personal-data-03-erase");
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);
        assertThat(page.locator("#person-name")).hasText("Erased person");
        assertThat(page.locator("#personal-data-actions button")).hasCount(0);
        screenshot(page, "personal-data-04-erased");

        assertThat(admin.get("/api/people/" + person).json().get("name").asString()).isEqualTo("Erased person");
    }

    @Test
    void anEmployeeSeesNoPersonalDataButtons() {
        Api admin = Api.asAdmin(port);
        UUID team = admin.formTeam("Privacy others " + suffix, null, START.minusYears(1));
        UUID person = admin.hire("Someone " + suffix, team, null, START);

        signIn(port, user(Role.EMPLOYEE), PASSWORD);
        page.navigate("http://localhost:" + port + "/people/" + person);
        assertThat(page.locator("#person-name")).hasText("Someone " + suffix);
        assertThat(page.locator("#action-correct-personal-data")).hasCount(0);
        assertThat(page.locator("#action-erase-personal-data")).hasCount(0);
        screenshot(page, "personal-data-05-employee");
    }

    private String user(Role role) {
        String username = role.name().toLowerCase() + "-pd-" + suffix;
        assertThat(users.create(username, PASSWORD, Set.of(role), null)).isTrue();
        return username;
    }
}
