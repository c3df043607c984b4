package io.cadre.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Browser.choose;
import static io.cadre.support.Browser.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.cadre.access.service.ApiTokens;
import io.cadre.support.Api;
import io.cadre.support.BrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Each demo role signed in to the real UI of the demo organisation (product.md §7.5), on the people, person, chart,
 * ladder and import views: everyone finds everyone in the directory and on the chart; a colleague outside the role's
 * scope shows the directory's fields with a note, exactly where REST refuses their record; salary bands show in the
 * ladder editor to HR, ADMIN and the director; importing is for ADMIN, HR and directors. Read only: the demo context is
 * shared with the demo's own tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cadre.demo=true")
@ActiveProfiles("test")
class DemoRolesBrowserTest extends BrowserTest {

    private static final String PASSWORD = "cadre-demo";
    private static final List<String> ROLES = List.of("demo-admin", "demo-hr", "demo-director", "demo-manager", "demo-employee");

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;

    @Test
    void eachDemoRoleSeesTheDirectoryOfEveryoneAndTheRestOfItsScopeOnly() {
        Api admin = api("demo-admin");
        await().atMost(Duration.ofSeconds(60)).until(() -> admin.get("/api/people?size=1").expect(200).json().get("total").asInt() > 30);
        String everyone = null;
        // Someone the director does not reach: a row of the director's People list without an email.
        JsonNode outsider = api("demo-director").get("/api/people?size=200").expect(200).json().get("items").valueStream()
                .filter(p -> p.get("email") == null || p.get("email").isNull()).findFirst().orElseThrow();
        String outsiderId = outsider.get("id").asString();
        String outsiderName = outsider.get("name").asString();
        String ladder = admin.get("/api/ladders").expect(200).json().valueStream().findFirst().orElseThrow().get("id").asString();

        for (String user : ROLES) {
            Api rest = api(user);
            boolean reaches = rest.get("/api/people/" + outsiderId).status() == 200;
            boolean seesPay = rest.get("/api/ladders/" + ladder).expect(200).json().get("draft").get("levels").get(0).get("salaryBand")
                    .isObject();
            boolean edits = Set.of("demo-admin", "demo-hr", "demo-director").contains(user);
            assertThat(reaches).as("%s reaches someone outside the director's subtree", user)
                    .isEqualTo(user.equals("demo-admin") || user.equals("demo-hr"));
            assertThat(seesPay).as("%s sees salary bands", user).isEqualTo(edits);

            Page page = signIn(port, user, PASSWORD);
            page.navigate("/people");
            page.locator("#people-search").locator("input").fill(outsiderName);
            assertThat(page.locator("#people-grid")).containsText(outsiderName);
            page.locator("#people-search").locator("input").fill("");
            assertThat(page.locator("#people-total")).containsText(" people");
            if (everyone == null) {
                everyone = page.locator("#people-total").textContent();
            }
            assertThat(page.locator("#people-total")).hasText(everyone);
            screenshot(page, "roles-" + user + "-1-people");

            page.navigate("/people/" + outsiderId);
            assertThat(page.locator("#person-name")).hasText(outsiderName);
            assertThat(page.locator("#out-of-scope")).hasCount(reaches ? 0 : 1);
            screenshot(page, "roles-" + user + "-2-person");

            page.navigate("/org-chart");
            choose(page, "chart-search", outsiderName);
            assertThat(page.locator("#selected-name")).hasText(outsiderName);
            assertThat(page.locator("#selected-out-of-scope")).hasCount(reaches ? 0 : 1);
            assertThat(page.locator("#record-level")).hasCount(reaches ? 1 : 0);
            screenshot(page, "roles-" + user + "-3-chart");

            page.navigate("/ladders/" + ladder);
            assertThat(page.locator("#ladder-heading")).isVisible();
            Locator editTab = page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Edit draft"));
            assertThat(editTab).hasCount(edits ? 1 : 0);
            if (edits) {
                editTab.click();
                assertThat(page.locator("#levels")).containsText("EUR");
            }
            assertThat(page.locator("body")).not().containsText(edits ? "No such text" : "EUR");
            screenshot(page, "roles-" + user + "-4-ladder");

            page.navigate("/imports");
            if (edits) {
                assertThat(page.locator("#import-upload")).isVisible();
            } else {
                assertThat(page.locator("body")).containsText("You don't have access to");
                assertThat(page.locator("#import-upload")).hasCount(0);
            }
            screenshot(page, "roles-" + user + "-5-import");
            page.context().close();
        }
    }

    private Api api(String user) {
        return Api.bearer(port, tokens.issue(user, "demo-roles-browser"));
    }
}
