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
    void aDirectorPlansAReorganisationOfTenChangesSeesItsImpactAndAppliesHalfOfIt() {
        Api admin = Api.asAdmin(port);
        UUID department = admin.formTeam("Zeta Scenario " + suffix, null, FOUNDED);
        UUID checkout = admin.formTeam("Checkout " + suffix, department, FOUNDED);
        UUID payments = admin.formTeam("Payments " + suffix, department, FOUNDED);
        UUID ada = admin.hire("Ada " + suffix, checkout, null, FOUNDED);
        UUID bob = admin.hire("Bob " + suffix, checkout, ada, FOUNDED);
        UUID cyd = admin.hire("Cyd " + suffix, checkout, bob, FOUNDED);
        UUID dee = admin.hire("Dee " + suffix, checkout, bob, FOUNDED);
        UUID eve = admin.hire("Eve " + suffix, payments, ada, FOUNDED);
        admin.hire("Fay " + suffix, payments, eve, FOUNDED);
        admin.hire("Gus " + suffix, payments, eve, FOUNDED);
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
        pickDate(page, "as-of", SOON);

        // Ten changes: nine by the form, one by dragging Eve onto Dee on the scenario's chart.
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
        plan("FORM_TEAM", () -> {
            type(page, "name", "Growth " + suffix);
            choose(page, "kind", "Team");
            choose(page, "parentId", "Zeta Scenario " + suffix);
        });
        plan("MOVE_TEAM", () -> {
            choose(page, "teamId", "Payments " + suffix);
            choose(page, "parentId", "Growth " + suffix);
        });
        plan("CHANGE_MANAGER", () -> {
            choose(page, "personId", "Dee " + suffix);
            choose(page, "managerId", "Ada " + suffix);
        });
        plan("TRANSFER", () -> {
            choose(page, "personId", "Gus " + suffix);
            choose(page, "teamId", "Growth " + suffix);
        });
        plan("LEAVE", () -> {
            choose(page, "personId", "Fay " + suffix);
            choose(page, "kind", "Voluntary");
        });
        plan("RENAME_TEAM", () -> {
            choose(page, "teamId", "Growth " + suffix);
            type(page, "name", "Growth Lab " + suffix);
        });
        assertThat(page.locator("#drag-hint")).isVisible();
        page.locator("#scenario-chart [data-node='" + eve + "']").dragTo(page.locator("#scenario-chart [data-node='" + dee + "']"));
        assertThat(page.locator("#type input")).hasValue("Transfer");
        assertThat(page.locator("#personId input")).hasValue("Eve " + suffix);
        assertThat(page.locator("#managerId input")).hasValue("Dee " + suffix);
        assertThat(page.locator("#teamId input")).hasValue("Storefront " + suffix);
        screenshot(page, "scenarios-02-dragged");
        pickDate(page, "effective-date", SOON);
        type(page, "reason", "Eve joins the storefront under Dee");
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);

        Locator changes = page.locator("#planned-changes");
        assertThat(changes.locator("vaadin-checkbox")).hasCount(11);
        assertThat(changes).containsText("Move Bob " + suffix + " to Payments " + suffix);
        assertThat(changes).containsText("Rename Checkout " + suffix + " to Storefront " + suffix);
        assertThat(changes).containsText("Move Eve " + suffix + " to Checkout " + suffix + ", reporting to Dee " + suffix);
        assertThat(page.locator("#differences")).containsText("Renames team Checkout " + suffix + " to Storefront " + suffix);
        assertThat(page.locator("#differences")).containsText("Moves Bob " + suffix + " to Payments " + suffix);
        assertThat(page.locator("#impact")).containsText("Layers");
        assertThat(page.locator("#no-conflicts")).isVisible();
        // The scenario's chart beside the live one: Bob, moved to Payments, is marked on the scenario's side only.
        assertThat(page.locator("#scenario-chart [data-node='" + bob + "']")).hasClass(java.util.regex.Pattern.compile("mark-moved"));
        assertThat(page.locator("#scenario-chart [data-node='" + eve + "']")).hasClass(java.util.regex.Pattern.compile("mark-moved"));
        assertThat(page.locator("#live-chart [data-node='" + bob + "']")).not().hasClass(java.util.regex.Pattern.compile("mark-"));
        assertThat(page.locator("#live-chart")).not().containsText("Storefront " + suffix);
        assertThat(page.locator("#scenario-chart")).containsText("Storefront " + suffix);
        assertThat(page.locator("#scenario-chart")).containsText("Growth Lab " + suffix);
        screenshot(page, "scenarios-03-planned");

        // Another plan of Ada's, weighed against this one in the impact panel.
        Api asAda = Api.as(port, director, PASSWORD);
        UUID lean = asAda.post("/api/scenarios", Api.body("name", "Lean " + suffix, "rootTeamId", department)).expect(201).id();
        asAda.post("/api/scenarios/" + lean + "/changes", Api.body("type", "LEAVE", "personId", cyd, "kind", "VOLUNTARY",
                "effectiveDate", SOON, "reason", "A leaner team")).expect(201);
        page.reload();
        choose(page, "compare-with", "Lean " + suffix);
        assertThat(page.locator("#impact")).containsText("Scenario Lean " + suffix);
        assertThat(page.locator("#no-planned-positions")).isVisible();
        screenshot(page, "scenarios-04-compared");

        // A reporting-cycle change is refused by the org's own rules, in the dialog.
        page.locator("#plan-change").click();
        choose(page, "type", "Change manager");
        choose(page, "personId", "Ada " + suffix);
        choose(page, "managerId", "Cyd " + suffix);
        pickDate(page, "effective-date", SOON);
        page.locator("#save").click();
        assertThat(page.locator("#refusal")).containsText("reporting cycle");
        screenshot(page, "scenarios-05-refused");
        page.keyboard().press("Escape");

        admin.post("/api/people/" + cyd + "/leave", Api.body("kind", "VOLUNTARY", "effectiveDate", LocalDate.now().plusDays(10)))
                .expect(200);
        page.reload();
        assertThat(page.locator("#conflicts")).containsText("Change manager on " + SOON.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        // Someone who has left by the date shown keeps their name in the plan.
        assertThat(changes).containsText("Cyd " + suffix + " reports to Ada " + suffix);
        screenshot(page, "scenarios-06-conflict");

        // Edited to a date before Cyd leaves, the change stands again, in its place.
        UUID reorg = null;
        UUID cydsChange = null;
        for (var scenario : asAda.get("/api/scenarios").expect(200).json().get("items")) {
            if (scenario.get("name").asString().equals("Reorg " + suffix)) {
                reorg = UUID.fromString(scenario.get("id").asString());
            }
        }
        for (var change : asAda.get("/api/scenarios/" + reorg).expect(200).json().get("changes")) {
            if (change.get("change").get("personId").asString().equals(cyd.toString())) {
                cydsChange = UUID.fromString(change.get("id").asString());
            }
        }
        page.locator("#edit-" + cydsChange).click();
        assertThat(page.locator("#personId input")).hasValue("Cyd " + suffix);
        pickDate(page, "effective-date", LocalDate.now().plusDays(5));
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);
        assertThat(page.locator("#no-conflicts")).isVisible();
        assertThat(changes.locator("vaadin-checkbox")).hasCount(11);
        screenshot(page, "scenarios-06b-edited");

        // Apply half: the move of Bob, the rename, the new team, Payments under it, and Dee under Ada.
        for (int row : new int[] {1, 2, 4, 5, 6}) {
            changes.locator("vaadin-checkbox").nth(row).click();
        }
        page.locator("#apply-changes").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("5 applied")))
                .hasCount(1);
        assertThat(changes).containsText("Applied");
        screenshot(page, "scenarios-07-applied");

        assertThat(admin.get("/api/org-chart?asOf=" + SOON).expect(200).body()).contains("Storefront " + suffix);
        assertThat(admin.get("/api/people/" + bob).expect(200).json().get("teamId").asString()).isEqualTo(checkout.toString());
        boolean moved = false;
        boolean underGrowth = false;
        for (var person : admin.get("/api/org-chart?asOf=" + SOON).json().get("people")) {
            moved |= person.get("id").asString().equals(bob.toString()) && person.get("teamId").asString().equals(payments.toString());
        }
        for (var team : admin.get("/api/org-chart?asOf=" + SOON).json().get("teams")) {
            underGrowth |= team.get("id").asString().equals(payments.toString()) && !team.get("parentId").asString().equals(department.toString());
        }
        assertThat(moved).as("Bob is in Payments from the planned date").isTrue();
        assertThat(underGrowth).as("Payments sits under the new team from the planned date").isTrue();
        assertThat(admin.get("/api/people/" + dee).expect(200).json().get("managerId").asString()).isEqualTo(bob.toString());
    }

    private void plan(String type, Runnable fields) {
        page.locator("#plan-change").click();
        String words = type.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        choose(page, "type", Character.toUpperCase(words.charAt(0)) + words.substring(1));
        fields.run();
        pickDate(page, "effective-date", SOON);
        type(page, "reason", type.toLowerCase() + " in the reorg");
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);
    }
}
