package io.cadre.planning.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Browser.choose;
import static io.cadre.support.Browser.pickDate;
import static io.cadre.support.Browser.screenshot;
import static io.cadre.support.Browser.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
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
 * A director builds a reorganisation scenario in the real UI: plans a few changes by form, sees the impact and the
 * differences, sees a conflict appear after a live change, and applies part of the plan. Screenshots in target/screenshots.
 */
@IntegrationTest
class ScenariosBrowserTest extends BrowserTest {

    private static final String PASSWORD = "browser-password-1";
    private static final LocalDate FOUNDED = LocalDate.now().minusYears(1);
    private static final LocalDate SOON = LocalDate.now().plusDays(30);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aDirectorPlansAReorganisationSeesItsImpactAndAppliesPartOfIt() {
        Api admin = Api.asAdmin(port);
        UUID department = admin.formTeam("Zeta Scenario " + suffix, null, FOUNDED);
        UUID checkout = admin.formTeam("Checkout " + suffix, department, FOUNDED);
        UUID payments = admin.formTeam("Payments " + suffix, department, FOUNDED);
        UUID ada = admin.hire("Ada " + suffix, checkout, null, FOUNDED);
        UUID bob = admin.hire("Bob " + suffix, checkout, ada, FOUNDED);
        UUID cyd = admin.hire("Cyd " + suffix, checkout, bob, FOUNDED);
        // Ada leads the department, so her scope as a director (product.md §7.5) is the department and below.
        admin.post("/api/teams/" + department + "/lead", Api.body("personId", ada, "effectiveDate", FOUNDED)).expect(200);
        String director = "scen-director-" + suffix;
        assertThat(users.create(director, PASSWORD, Set.of(Role.DIRECTOR), ada)).isTrue();
        signIn(port, director, PASSWORD);

        page.navigate("http://localhost:" + port + "/scenarios");
        assertThat(page.locator("#no-scenarios")).containsText("No scenarios yet");
        page.locator("#new-scenario").click();
        type(page, "name", "Reorg " + suffix);
        choose(page, "rootTeamId", "Zeta Scenario " + suffix);
        screenshot(page, "scenarios-01-new");
        page.locator("#save").click();
        assertThat(page.locator("#scenario-title")).hasText("Scenario: Reorg " + suffix);

        plan("TRANSFER", () -> {
            choose(page, "personId", "Bob " + suffix);
            choose(page, "teamId", "Payments " + suffix);
        });
        plan("RENAME_TEAM", () -> {
            choose(page, "teamId", "Checkout " + suffix);
            type(page, "name", "Storefront " + suffix);
        });
        plan("CHANGE_MANAGER", () -> {
            choose(page, "personId", "Cyd " + suffix);
            choose(page, "managerId", "Ada " + suffix);
        });
        Locator changes = page.locator("#planned-changes");
        assertThat(changes).containsText("Move Bob " + suffix + " to Payments " + suffix);
        assertThat(changes).containsText("Rename Checkout " + suffix + " to Storefront " + suffix);
        pickDate(page, "as-of", SOON);
        assertThat(page.locator("#differences")).containsText("Renames team Checkout " + suffix + " to Storefront " + suffix);
        assertThat(page.locator("#differences")).containsText("Moves Bob " + suffix + " to Payments " + suffix);
        assertThat(page.locator("#impact")).containsText("Layers");
        assertThat(page.locator("#no-conflicts")).isVisible();
        // The scenario's chart beside the live one: Bob, moved to Payments, is marked on the scenario's side only.
        assertThat(page.locator("#live-chart")).hasAttribute("nodes-shown", "3");
        assertThat(page.locator("#scenario-chart")).hasAttribute("nodes-shown", "3");
        assertThat(page.locator("#scenario-chart [data-node='" + bob + "']")).hasClass(java.util.regex.Pattern.compile("mark-moved"));
        assertThat(page.locator("#live-chart [data-node='" + bob + "']")).not().hasClass(java.util.regex.Pattern.compile("mark-"));
        assertThat(page.locator("#live-chart")).not().containsText("Storefront " + suffix);
        assertThat(page.locator("#scenario-chart")).containsText("Storefront " + suffix);
        screenshot(page, "scenarios-02-planned");

        // Another plan of Ada's, weighed against this one in the impact panel.
        Api asAda = Api.as(port, director, PASSWORD);
        UUID lean = asAda.post("/api/scenarios", Api.body("name", "Lean " + suffix, "rootTeamId", department)).expect(201).id();
        asAda.post("/api/scenarios/" + lean + "/changes", Api.body("type", "LEAVE", "personId", cyd, "kind", "VOLUNTARY",
                "effectiveDate", SOON, "reason", "A leaner team")).expect(201);
        page.reload();
        choose(page, "compare-with", "Lean " + suffix);
        assertThat(page.locator("#impact")).containsText("Scenario Lean " + suffix);
        assertThat(page.locator("#no-planned-positions")).isVisible();
        screenshot(page, "scenarios-02b-compared");

        // A reporting-cycle change is refused by the org's own rules, in the dialog.
        page.locator("#plan-change").click();
        choose(page, "type", "CHANGE_MANAGER");
        choose(page, "personId", "Ada " + suffix);
        choose(page, "managerId", "Cyd " + suffix);
        pickDate(page, "effective-date", SOON);
        page.locator("#save").click();
        assertThat(page.locator("#refusal")).containsText("reporting cycle");
        screenshot(page, "scenarios-03-refused");
        page.keyboard().press("Escape");

        admin.post("/api/people/" + cyd + "/leave", Api.body("kind", "VOLUNTARY", "effectiveDate", LocalDate.now().plusDays(10)))
                .expect(200);
        page.reload();
        assertThat(page.locator("#conflicts")).containsText("Change manager on " + SOON.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        screenshot(page, "scenarios-04-conflict");

        // Apply the first two: the move and the rename.
        changes.locator("vaadin-checkbox").nth(1).click();
        changes.locator("vaadin-checkbox").nth(2).click();
        page.locator("#apply-changes").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("2 applied")))
                .hasCount(1);
        assertThat(changes).containsText("Applied");
        screenshot(page, "scenarios-05-applied");

        assertThat(admin.get("/api/org-chart?asOf=" + SOON).expect(200).body()).contains("Storefront " + suffix);
        assertThat(admin.get("/api/people/" + bob).expect(200).json().get("teamId").asString()).isEqualTo(checkout.toString());
        boolean moved = false;
        for (var person : admin.get("/api/org-chart?asOf=" + SOON).json().get("people")) {
            moved |= person.get("id").asString().equals(bob.toString()) && person.get("teamId").asString().equals(payments.toString());
        }
        assertThat(moved).as("Bob is in Payments from the planned date").isTrue();
    }

    private void plan(String type, Runnable fields) {
        page.locator("#plan-change").click();
        choose(page, "type", type);
        fields.run();
        pickDate(page, "effective-date", SOON);
        type(page, "reason", type.toLowerCase() + " in the reorg");
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);
    }
}
