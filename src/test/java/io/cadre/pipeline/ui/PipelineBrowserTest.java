package io.cadre.pipeline.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Api.body;
import static io.cadre.support.Browser.choose;
import static io.cadre.support.Browser.pickDate;
import static io.cadre.support.Browser.screenshot;
import static io.cadre.support.Browser.type;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.assertions.LocatorAssertions;
import io.cadre.ladder.Ladders;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.support.Api;
import io.cadre.support.BrowserTest;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A director's hiring flow on the pipeline board: open and approve a position (seen on the team page), add a candidate, drag
 * them on to the offer, accept, and find the new person on their page and their team's, and the filled position in the list.
 */
@IntegrationTest
@TestPropertySource(properties = "cadre.test.context=pipeline-browser")
class PipelineBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aPositionIsOpenedApprovedAndFilledFromTheBoard() {
        Api admin = Api.asAdmin(port);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        admin.postRaw("/api/ladders/import?publish=true&reason=Adopt", "application/json",
                LadderFormat.write(Ladders.small("eng"), LadderFormat.Syntax.JSON)).expect(201);
        UUID team = admin.formTeam("Checkout " + tag, null, LocalDate.of(2024, 1, 1));
        admin.post("/api/people", body("name", "Mia Manager " + tag, "email", "mia." + tag + "@example.com", "title", "Lead",
                "teamId", team, "level", "eng/lead", "startDate", "2024-01-01")).expect(201);

        signIn(port, "admin", "test-admin");
        page.navigate("/pipeline");
        assertThat(page.locator("#pipeline-empty")).containsText("No open positions here");

        page.locator("#open-position").click();
        choose(page, "teamId", "Checkout " + tag);
        type(page, "level", "eng/senior");
        type(page, "title", "Senior Engineer " + tag);
        choose(page, "managerId", "Mia Manager " + tag);
        type(page, "reason", "Checkout grows");
        page.locator("#save").click();
        UUID position = UUID.fromString(await().atMost(Duration.ofSeconds(10)).until(
                () -> admin.get("/api/positions?teamId=" + team).json().get("items"), items -> items.size() == 1)
                .get(0).get("id").asString());
        assertThat(page.locator("#status-" + position)).hasText("PROPOSED");

        page.locator("#approve-" + position).click();
        type(page, "reason", "Budgeted");
        page.locator("#save").click();
        assertThat(page.locator("#status-" + position)).hasText("APPROVED");

        page.navigate("/teams/" + team);
        assertThat(page.locator("#team-open-positions")).containsText("Open: Senior Engineer " + tag + " 1, approved 0 days ago");
        page.navigate("/pipeline");
        page.locator("#add-candidate-" + position).click();
        type(page, "name", "Grace Board " + tag);
        type(page, "email", "grace." + tag + "@example.com");
        type(page, "source", "Referral");
        type(page, "reason", "Referred by Mia");
        page.locator("#save").click();
        JsonNode card = await().atMost(Duration.ofSeconds(10)).until(() -> admin.get("/api/pipeline?teamId=" + team).json()
                .get("positions").get(0).get("candidates").get("SOURCED"), cards -> cards.size() == 1).get(0);
        UUID candidate = UUID.fromString(card.get("id").asString());
        assertThat(page.locator("#column-" + position + "-SOURCED")).containsText("Grace Board " + tag);
        screenshot(page, "pipeline-01-sourced");

        page.locator("#card-" + candidate).dragTo(page.locator("#column-" + position + "-OFFER"));
        type(page, "reason", "Strong interviews");
        page.locator("#save").click();
        assertThat(page.locator("#column-" + position + "-OFFER")).containsText("Grace Board " + tag);

        page.locator("#move-" + candidate).click();
        choose(page, "stage", "ACCEPTED");
        pickDate(page, "startDate", LocalDate.now());
        type(page, "reason", "Signed the offer");
        page.locator("#save").click();
        // Filled, the position leaves the board of open positions.
        assertThat(page.locator("#position-" + position)).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(10_000));
        screenshot(page, "pipeline-02-filled");

        String person = await().atMost(Duration.ofSeconds(10)).until(
                () -> admin.get("/api/candidates/" + candidate).json().get("personId"), id -> !id.isNull()).asString();
        page.navigate("/people/" + person);
        assertThat(page.locator("body")).containsText("Grace Board " + tag);
        assertThat(page.locator("body")).containsText("Senior Engineer " + tag);
        screenshot(page, "pipeline-03-person");

        // Starting today, the new person is on the team page, and the team lists no open position any more.
        page.navigate("/teams/" + team);
        assertThat(page.locator("#members")).containsText("Grace Board " + tag);
        assertThat(page.locator("#team-open-positions")).containsText("No open positions.");
        screenshot(page, "pipeline-04-team");
        page.navigate("/positions?team=" + team);
        assertThat(page.locator("#positions")).containsText("Senior Engineer " + tag);
        assertThat(page.locator("#median-time-to-fill")).containsText("Median time to fill: 0 days (1 filled, 0 open)");
        screenshot(page, "pipeline-05-positions");

        // And on the org chart, in the team, where the dashed box of the open position stood.
        page.navigate("/org-chart");
        choose(page, "chart-search", "Grace Board " + tag);
        assertThat(page.locator("#org-chart [data-node='" + person + "']")).isVisible();
        screenshot(page, "pipeline-06-on-the-chart");
    }
}
