package io.cadre.org.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Api.body;
import static io.cadre.support.Browser.screenshot;
import static io.cadre.support.Browser.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import io.cadre.access.service.UserAccounts;
import io.cadre.ladder.Ladders;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.shared.Role;
import io.cadre.support.Api;
import io.cadre.support.BrowserTest;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The org chart with the pipeline beside it, in Chromium: an approved position stands as a dashed box under its team
 * and manager, is neither dragged nor counted; and a person dragged onto a manager in another team is offered the move
 * into that team too, recorded as one change with one reason. Shares the pipeline browser test's database, where a
 * ladder is published (a position is opened at a published level).
 */
@IntegrationTest
@TestPropertySource(properties = "cadre.test.context=pipeline-browser")
class ChartPlaceholderAndTeamMoveBrowserTest extends BrowserTest {

    private static final String PASSWORD = "placeholder-password-1";
    private static final LocalDate FOUNDED = LocalDate.of(2024, 1, 2);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private UUID position;

    /** The pipeline browser test, on the same database, starts from a board without open positions. */
    @AfterEach
    void cancelThePosition() {
        if (position != null) {
            Api.asAdmin(port).post("/api/positions/" + position + "/cancel", body("reason", "Test over")).expect(200);
        }
    }

    @Test
    void anOpenPositionIsADashedBoxAndAMoveOntoAManagerInAnotherTeamOffersTheTeamToo() {
        Api admin = Api.asAdmin(port);
        String ladder = "chart" + tag.replaceAll("[^a-z]", "x");
        admin.postRaw("/api/ladders/import?publish=true&reason=Adopt", "application/json",
                LadderFormat.write(Ladders.small(ladder), LadderFormat.Syntax.JSON)).expect(201);
        UUID atlas = admin.formTeam("Atlas " + tag, null, FOUNDED);
        UUID beacon = admin.formTeam("Beacon " + tag, atlas, FOUNDED);
        UUID lena = admin.hire("Lena Director " + tag, atlas, null, FOUNDED);
        UUID ben = admin.hire("Ben Lead " + tag, beacon, lena, FOUNDED);
        UUID pia = admin.hire("Pia Mover " + tag, atlas, lena, FOUNDED);
        // Lena leads Atlas: her scope, in which she moves teams and people (product.md §7.5).
        admin.post("/api/teams/" + atlas + "/lead", java.util.Map.of("personId", lena.toString(), "effectiveDate", FOUNDED.toString()))
                .expect(200);
        LocalDate today = LocalDate.now();
        position = admin.post("/api/positions", body("teamId", beacon, "level", ladder + "/senior", "title", "Senior Engineer",
                "managerId", ben, "targetStart", today.plusDays(30), "effectiveDate", today.minusDays(40), "reason", "Beacon grows"))
                .expect(201).id();
        admin.post("/api/positions/" + position + "/approve", body("effectiveDate", today.minusDays(34), "reason", "Budgeted"))
                .expect(200);
        String director = "placeholder-" + tag;
        assertThat(users.create(director, PASSWORD, Set.of(Role.DIRECTOR), lena)).isTrue();

        signIn(port, director, PASSWORD);
        page.navigate("/org-chart");
        Locator chart = page.locator("#org-chart");
        page.locator("#my-subtree").click();
        Locator placeholder = page.locator("#org-chart [data-placeholder='" + position + "']");
        assertThat(placeholder).containsText("Open: Senior Engineer");
        assertThat(placeholder).containsText("approved 34 days ago");
        assertThat(placeholder).containsText("Senior Engineer · Beacon " + tag);
        assertThat(chart).hasAttribute("nodes-shown", "3");
        assertThat(chart).hasAttribute("placeholders-shown", "1");
        assertThat(page.locator("#chart-summary")).containsText("Your reporting line: 3 people");
        String dash = (String) placeholder.locator("rect.box").evaluate("r => getComputedStyle(r).strokeDasharray");
        assertThat(dash).isNotIn("none", "");
        // The box hangs under Ben, the manager the hire will report to.
        double benX = centreX(box(ben));
        assertThat(Math.abs(centreX(placeholder) - benX)).isLessThan(Math.abs(centreX(box(pia)) - benX) / 2);
        assertThat(placeholder.boundingBox().y).isGreaterThan(box(ben).boundingBox().y);
        screenshot(page, "chart-placeholder-01-dashed-box");

        // A placeholder is not dragged (a drag on it pans the chart): dropping it on Lena asks nothing, and neither
        // does dropping Pia on it.
        placeholder.dragTo(box(lena));
        page.locator("#fit").click();
        box(pia).dragTo(placeholder);
        assertThat(page.locator("#move-summary")).hasCount(0);
        page.locator("#fit").click();
        box(pia).dragTo(box(ben));
        assertThat(page.locator("#move-summary")).hasCount(1);
        Locator teamToo = page.locator("#move-team-too");
        assertThat(teamToo.locator("input")).isChecked();
        assertThat(page.locator("#move-summary")).hasText("Pia Mover " + tag + " will join Beacon " + tag
                + " and report to Ben Lead " + tag + ".");
        teamToo.click();
        assertThat(page.locator("#move-summary")).hasText("Pia Mover " + tag + " will report to Ben Lead " + tag
                + " and stay in Atlas " + tag + ".");
        teamToo.click();
        type(page, "reason", "Pia joins Beacon " + tag);
        screenshot(page, "chart-placeholder-02-team-move-offered");
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);

        JsonNode moved = admin.get("/api/people/" + pia).expect(200).json();
        assertThat(moved.get("teamId").asString()).isEqualTo(beacon.toString());
        assertThat(moved.get("managerId").asString()).isEqualTo(ben.toString());
        List<JsonNode> changes = admin.get("/api/people/" + pia + "/history").expect(200).json().valueStream().skip(1).toList();
        assertThat(changes).hasSize(2).allSatisfy(c -> assertThat(c.get("reason").asString()).isEqualTo("Pia joins Beacon " + tag));
        assertThat(box(pia)).containsText("Beacon " + tag);
        assertThat(chart).hasAttribute("nodes-shown", "3");
        screenshot(page, "chart-placeholder-03-moved-with-team");

        page.locator("#chart-kind vaadin-radio-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Teams")).click();
        assertThat(box(beacon)).containsText("Team · 2 people · 1 open");
        screenshot(page, "chart-placeholder-04-teams");
    }

    private Locator box(UUID id) {
        return page.locator("#org-chart [data-node='" + id + "']");
    }

    private static double centreX(Locator locator) {
        var box = locator.boundingBox();
        return box.x + box.width / 2;
    }
}
