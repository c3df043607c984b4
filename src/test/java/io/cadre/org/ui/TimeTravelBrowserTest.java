package io.cadre.org.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Api.body;
import static io.cadre.support.Browser.choose;
import static io.cadre.support.Browser.pickDate;
import static io.cadre.support.Browser.screenshot;
import static io.cadre.support.Browser.type;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import org.assertj.core.api.Assertions;
import io.cadre.support.Api;
import io.cadre.support.BrowserTest;
import io.cadre.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An auditor's two questions about time: what Cadre knew at an earlier moment (the chart as recorded then lacks a hire
 * recorded later, though it is back-dated), and correcting a mistaken transfer from its audit entry, after which the
 * right transfer is recorded and the chart shows the person where they really are.
 */
@IntegrationTest
class TimeTravelBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;

    @Test
    void whatDidWeKnowThen() {
        Api admin = Api.asAdmin(port);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(clock);
        UUID org = admin.formTeam("Atlas " + tag, null, today.minusYears(1));
        admin.hire("Iris Early " + tag, org, null, today.minusMonths(8));
        // A moment after everything above was recorded and before anything below: the next whole second.
        Instant then = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        await().atMost(Duration.ofSeconds(3)).until(() -> Instant.now().isAfter(then));
        UUID late = admin.hire("Leo Backdated " + tag, org, null, today.minusMonths(6));
        int knownThen = admin.get("/api/org-chart?recordedAt=" + then).expect(200).json().get("people").size();
        int knownNow = admin.get("/api/org-chart").expect(200).json().get("people").size();

        signIn(port, "admin", "test-admin");
        page.navigate("http://localhost:" + port + "/org-chart");
        Locator summary = page.locator("#chart-summary");
        assertThat(summary).containsText(knownNow + " people");
        assertThat(summary).not().containsText("as Cadre knew it");
        LocalDateTime local = LocalDateTime.ofInstant(then, clock.getZone());
        pickDate(page, "known-on", local.toLocalDate());
        type(page, "known-time", local.format(DateTimeFormatter.ofPattern("HH:mm:ss")));
        page.locator("#known-time input").press("Enter");
        assertThat(summary).containsText(knownThen == 1 ? "1 person" : knownThen + " people");
        assertThat(summary).containsText("as Cadre knew it on");
        page.locator("#chart-search input").fill("Leo Backdated " + tag);
        assertThat(page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setVisible(true)
                .setHasText("Leo Backdated " + tag))).hasCount(0);
        page.locator("#chart-search input").press("Escape");
        choose(page, "chart-search", "Iris Early " + tag);
        screenshot(page, "time-01-as-known-then");

        page.locator("#known-on input").fill("");
        page.locator("#known-on input").press("Enter");
        assertThat(summary).containsText(knownNow + " people");
        choose(page, "chart-search", "Leo Backdated " + tag);
        assertThat(page.locator("#org-chart [data-node='" + late + "']")).isVisible();
        screenshot(page, "time-02-as-known-now");
    }

    @Test
    void correctAMistakenTransfer() {
        Api admin = Api.asAdmin(port);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(clock);
        UUID org = admin.formTeam("Orbit " + tag, null, today.minusYears(1));
        UUID payments = admin.formTeam("Payments " + tag, org, today.minusYears(1));
        UUID search = admin.formTeam("Search " + tag, org, today.minusYears(1));
        UUID data = admin.formTeam("Data " + tag, org, today.minusYears(1));
        UUID mia = admin.hire("Mia Mover " + tag, payments, null, today.minusMonths(6));
        admin.post("/api/people/" + mia + "/transfer", body("teamId", search, "effectiveDate", today.minusMonths(1),
                "reason", "Reorganisation")).expect(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> admin.get("/api/audit?personId=" + mia + "&type=PERSON_TRANSFERRED")
                .expect(200).json().get("total").asInt() == 1);

        signIn(port, "admin", "test-admin");
        page.navigate("http://localhost:" + port + "/audit?person=" + mia);
        Locator grid = page.locator("#audit-grid");
        assertThat(grid).containsText("Mia Mover " + tag + " moved from Payments " + tag + " to Search " + tag);
        page.locator(".audit-retract").first().click();
        assertThat(page.locator("#retract-summary")).containsText("Mia Mover " + tag + " moved from Payments " + tag);
        screenshot(page, "time-03-retract-confirmation");
        type(page, "reason", "Mia was never meant for Search: she joins Data");
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);
        await().atMost(Duration.ofSeconds(30)).until(() -> admin.get("/api/audit?personId=" + mia + "&type=CHANGE_RETRACTED")
                .expect(200).json().get("total").asInt() == 1);
        page.navigate("http://localhost:" + port + "/audit?person=" + mia);
        assertThat(grid).containsText("The person transferred of Mia Mover " + tag);
        assertThat(grid).containsText("Mia was never meant for Search");
        assertThat(grid).containsText("Mia Mover " + tag + " moved from Payments " + tag + " to Search " + tag);
        screenshot(page, "time-04-audit-shows-both");

        page.navigate("http://localhost:" + port + "/people/" + mia);
        page.locator("#action-transfer").click();
        choose(page, "teamId", "Data " + tag);
        pickDate(page, "effective-date", today.minusMonths(1));
        type(page, "reason", "The right transfer");
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);

        page.navigate("http://localhost:" + port + "/org-chart");
        choose(page, "chart-search", "Mia Mover " + tag);
        Locator box = page.locator("#org-chart [data-node='" + mia + "']");
        assertThat(box).containsText("Data " + tag);
        screenshot(page, "time-05-corrected-chart");
        Assertions.assertThat(admin.get("/api/people/" + mia).expect(200).json().get("teamId").asString())
                .isEqualTo(data.toString());
    }

    @Test
    void retractAChangeFromAPersonsHistory() {
        Api admin = Api.asAdmin(port);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(clock);
        UUID org = admin.formTeam("Quill " + tag, null, today.minusYears(1));
        UUID noor = admin.hire("Noor Titled " + tag, org, null, today.minusMonths(3));
        admin.post("/api/people/" + noor + "/title", body("title", "Tech Lead " + tag, "effectiveDate", today.minusMonths(1),
                "reason", "Typed on the wrong record")).expect(200);

        signIn(port, "admin", "test-admin");
        page.navigate("http://localhost:" + port + "/people/" + noor);
        Locator history = page.locator("#history");
        assertThat(history).containsText("Tech Lead " + tag);
        page.locator(".history-retract").first().click();
        assertThat(page.locator("#retract-summary")).containsText("Tech Lead " + tag);
        screenshot(page, "time-06-retract-from-history");
        type(page, "reason", "The title belonged to another Noor");
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);

        assertThat(history).containsText("Change retracted");
        Assertions.assertThat(admin.get("/api/people/" + noor).expect(200).json().get("title").asString(""))
                .isNotEqualTo("Tech Lead " + tag);
        screenshot(page, "time-07-history-after-retraction");
    }
}
