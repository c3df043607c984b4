package io.cadre.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Browser.screenshot;

import com.microsoft.playwright.Page;
import io.cadre.access.service.UserAccounts;
import io.cadre.shared.Role;
import io.cadre.support.Browser;
import io.cadre.support.BrowserTest;
import io.cadre.support.IntegrationTest;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A locked account in the real sign-in form: the tenth wrong password in a row locks it, the right one is then refused
 * with the form saying why an account can be refused, and once an administrator unlocks it in the Users view its owner
 * signs in.
 */
@IntegrationTest
class SignInLockBrowserTest extends BrowserTest {

    private static final String PASSWORD = "Lock-browser-password-1";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTenthWrongPasswordLocksTheAccountUntilAnAdministratorUnlocksIt() {
        // Sorts before every other user, so that its row is on the first screen of the Users view.
        String username = "aaa-locked-" + UUID.randomUUID().toString().substring(0, 6);
        users.create(username, PASSWORD, Set.of(Role.EMPLOYEE), null);
        // Nine failures as if they had happened (waiting out the doubling delays would take minutes); the tenth is typed.
        jdbc.update("update app_user set failed_sign_ins = 9 where username = ?", username);

        Page form = signInPage(port);
        Browser.submitSignIn(form, username, "not-the-password");
        form.waitForURL(Pattern.compile(".*/login\\?error$"));
        assertThat(form.getByText("Not signed in")).isVisible();
        form.navigate("/login");
        Browser.submitSignIn(form, username, PASSWORD);
        form.waitForURL(Pattern.compile(".*/login\\?error$"));
        assertThat(form.getByText("after ten it is locked for a quarter of an hour")).isVisible();
        screenshot(form, "sign-in-01-locked");
        form.context().close();

        Page admin = signIn(port, "admin", "test-admin");
        admin.navigate("/admin/users");
        assertThat(admin.locator("#users")).containsText("Locked until");
        screenshot(admin, "sign-in-02-users-view-shows-the-lock");
        admin.locator("#unlock-" + username).click();
        assertThat(admin.locator("#unlock-" + username)).hasCount(0);
        admin.context().close();

        signIn(port, username, PASSWORD);
        assertThat(page.locator("#signed-in-user")).containsText(username);
    }
}
