package io.cadre.platform.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Browser.screenshot;

import io.cadre.access.service.UserAccounts;
import io.cadre.shared.Role;
import io.cadre.support.BrowserTest;
import io.cadre.support.IntegrationTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Cadre serves its UI as users get it: no development tools, its own icon, and its own pages for a denied or unknown address. */
@IntegrationTest
class ProductModeBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    @Test
    void anEngineerSeesCadresOwnPagesForADeniedAndAnUnknownAddress() {
        String username = "product-employee-" + UUID.randomUUID().toString().substring(0, 6);
        users.create(username, "product-password-1", Set.of(Role.EMPLOYEE), null);
        signIn(port, username, "product-password-1");

        assertThat(page.locator("vaadin-dev-tools")).hasCount(0);
        assertThat(page.locator("link[rel=icon]")).hasAttribute("href", "icons/cadre.svg");
        assertThat(page).hasTitle("People · Cadre");

        page.navigate("/admin/users");
        assertThat(page.locator("#no-access h2")).hasText("You don't have access to Users");
        assertThat(page.locator("#users")).hasCount(0);
        screenshot(page, "product-01-no-access");

        page.navigate("/no-such-thing");
        assertThat(page.locator("#no-such-page h2")).hasText("No such page");
        screenshot(page, "product-02-no-such-page");

        page.locator("#error-back").click();
        assertThat(page.locator("#people-total")).containsText("people");
        assertThat(page.locator("vaadin-dev-tools")).hasCount(0);
    }
}
