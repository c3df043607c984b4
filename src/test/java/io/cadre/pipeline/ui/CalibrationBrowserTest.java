package io.cadre.pipeline.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Api.body;
import static io.cadre.support.Browser.choose;
import static io.cadre.support.Browser.screenshot;
import static io.cadre.support.Browser.type;

import com.microsoft.playwright.Page;
import io.cadre.ladder.Ladders;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.support.Api;
import io.cadre.support.BrowserTest;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A manager nominates a report from the person page; HR and a director then sit in one calibration session, each in a
 * browser of their own: a recommendation one of them changes shows on the other's page, with its reason, without a reload;
 * the growth paths then show the open and the decided case.
 */
@IntegrationTest
@TestPropertySource(properties = "cadre.test.context=calibration-browser")
class CalibrationBrowserTest extends BrowserTest {

    private static final String PASSWORD = "long-enough-password";

    @LocalServerPort
    int port;

    @Test
    void aRecommendationChangedByOneUserAppearsOnTheOtherUsersPageWithoutAReload() {
        Api admin = Api.asAdmin(port);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        admin.postRaw("/api/ladders/import?publish=true&reason=Adopt", "application/json",
                LadderFormat.write(Ladders.small("eng"), LadderFormat.Syntax.JSON)).expect(201);
        UUID team = admin.formTeam("Checkout " + tag, null, LocalDate.of(2024, 1, 1));
        UUID director = person(admin, "Dana Director " + tag, team, null, "eng/staff");
        admin.post("/api/teams/" + team + "/lead", body("personId", director, "effectiveDate", "2024-01-01")).expect(200);
        UUID manager = person(admin, "Mia Manager " + tag, team, director, "eng/lead");
        UUID eve = person(admin, "Eve Engineer " + tag, team, manager, "eng/mid");
        UUID sam = person(admin, "Sam Senior " + tag, team, manager, "eng/senior");
        user(admin, "mia-" + tag, "MANAGER", manager);
        user(admin, "hr-" + tag, "HR", null);
        user(admin, "dana-" + tag, "DIRECTOR", director);

        Page mia = signIn(port, "mia-" + tag, PASSWORD);
        mia.navigate("/people/" + eve);
        mia.locator("#nominate").click();
        choose(mia, "targetLevel", "Senior Engineer");
        type(mia, "evidence-craft", "Rebuilt the checkout flow and led its rollout");
        type(mia, "reason", "Ready for senior");
        mia.locator("#save").click();
        assertThat(mia.locator("#person-promotion-cases")).containsText("NOMINATED");
        mia.context().close();

        Map<String, Object> nomination = new LinkedHashMap<>();
        nomination.put("personId", sam.toString());
        nomination.put("targetLevel", "eng/staff");
        nomination.put("evidence", List.of(Map.of("area", "craft", "text", "Designed the payments platform")));
        UUID samCase = admin.post("/api/promotions", nomination).expect(201).id();
        List<String> cases = admin.get("/api/promotions?status=NOMINATED").json().get("items").valueStream()
                .map(p -> p.get("id").asString()).toList();
        UUID eveCase = admin.get("/api/promotions?personId=" + eve).json().get("items").valueStream()
                .map(p -> UUID.fromString(p.get("id").asString())).findFirst().orElseThrow();
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("name", "Autumn cycle " + tag);
        session.put("date", LocalDate.now().toString());
        session.put("promotionIds", cases);
        UUID calibration = admin.post("/api/calibrations", session).expect(201).id();

        Page hr = signIn(port, "hr-" + tag, PASSWORD);
        Page dana;
        try {
            hr.navigate("/calibrations/" + calibration);
            assertThat(hr.locator("#calibration-name")).containsText("Autumn cycle " + tag);
            assertThat(hr.locator("#recommendation-" + eveCase)).hasText("none yet");
            dana = signIn(port, "dana-" + tag, PASSWORD);
            dana.navigate("/calibrations/" + calibration);
            assertThat(dana.locator("#recommendation-" + eveCase)).hasText("none yet");

            hr.locator("#recommend-" + eveCase).click();
            choose(hr, "recommendation", "APPROVE");
            type(hr, "reason", "Evidence meets the senior expectations");
            hr.locator("#save").click();
            assertThat(hr.locator("#recommendation-" + eveCase)).hasText("APPROVE");

            // The director's page was not reloaded: the change arrives by push.
            assertThat(dana.locator("#recommendation-" + eveCase)).hasText("APPROVE");
            assertThat(dana.locator("#calibration-log")).containsText("Evidence meets the senior expectations");
            screenshot(dana, "calibration-01-pushed");

            dana.locator("#recommend-" + eveCase).click();
            choose(dana, "recommendation", "DEFER");
            type(dana, "reason", "One more quarter of scope");
            dana.locator("#save").click();
            assertThat(hr.locator("#recommendation-" + eveCase)).hasText("DEFER");
            assertThat(hr.locator("#calibration-log")).containsText("One more quarter of scope");
            assertThat(hr.locator("#calibration-log")).containsText("dana-" + tag);
            screenshot(hr, "calibration-02-pushed-back");

            hr.navigate("/promotions/" + eveCase);
            assertThat(hr.locator("#promotion-evidence")).containsText("Rebuilt the checkout flow");
            assertThat(hr.locator("#promotion-evidence")).containsText("Craft as a Senior Engineer.");
            screenshot(hr, "calibration-03-case");

            // The growth path shows each person's cases, open and decided, with the level each aims at.
            admin.post("/api/promotions/" + samCase + "/decide", body("decision", "DENIED", "effectiveDate", LocalDate.now().toString(),
                    "reason", "Not yet at staff scope")).expect(200);
            hr.navigate("/people/" + eve + "/growth-path");
            assertThat(hr.locator("#growth-promotion-cases")).containsText("Senior Engineer (eng/senior)");
            assertThat(hr.locator("#growth-promotion-cases")).containsText("In calibration");
            screenshot(hr, "calibration-04-growth-path-open-case");
            hr.navigate("/people/" + sam + "/growth-path");
            assertThat(hr.locator("#growth-promotion-cases")).containsText("Staff Engineer (eng/staff)");
            assertThat(hr.locator("#growth-promotion-cases")).containsText("Denied");
            assertThat(hr.locator("#growth-promotion-cases")).containsText(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                    .withLocale(Locale.UK).format(LocalDate.now(ZoneOffset.UTC)));
            screenshot(hr, "calibration-05-growth-path-decided-case");
        } finally {
            hr.context().close();
        }
    }

    private static UUID person(Api admin, String name, UUID team, UUID manager, String level) {
        return admin.post("/api/people", body("name", name, "email", name.toLowerCase().replace(' ', '.') + "@example.com",
                "title", "Engineer", "teamId", team, "managerId", manager, "level", level, "startDate", "2024-01-01")).expect(201).id();
    }

    private static void user(Api admin, String username, String role, UUID person) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("roles", List.of(role));
        if (person != null) {
            body.put("personId", person.toString());
        }
        admin.post("/api/users", body).expect(201);
    }
}
