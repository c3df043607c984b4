package io.cadre.ladder.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Api.body;
import static io.cadre.support.Browser.choose;
import static io.cadre.support.Browser.pickDate;
import static io.cadre.support.Browser.screenshot;
import static io.cadre.support.Browser.type;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.cadre.ladder.api.Area;
import io.cadre.ladder.api.LadderTemplates;
import io.cadre.shared.Role;
import io.cadre.access.service.UserAccounts;
import io.cadre.support.Api;
import io.cadre.support.Browser;
import io.cadre.support.BrowserTest;
import io.cadre.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A director's work with career ladders in the real UI, on a database of its own (publishing a ladder
 * changes what levels everyone may give): start a ladder from the shipped template, publish it, compare two
 * levels, map the free labels given before, promote a person and read their growth path, then print.
 */
@IntegrationTest
@TestPropertySource(properties = "cadre.test.context=ladder-browser")
class LadderBrowserTest extends BrowserTest {

    private static final String PASSWORD = "browser-password-1";
    private static final LocalDate START = LocalDate.of(2024, 2, 5);


    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    LadderTemplates templates;


    @BeforeEach
    void setUp() {
    }

    @Test
    void aDirectorPublishesALadderFromTheTemplatePromotesSomeoneAndReadsTheirGrowthPath() throws IOException {
        Api admin = Api.asAdmin(port);
        UUID team = admin.formTeam("Search", null, START.minusYears(1));
        UUID noor = admin.post("/api/people", body("name", "Noor Adeyemi", "email", "noor@example.com", "title", "Senior Engineer",
                "teamId", team, "level", "Senior", "startDate", START.toString())).expect(201).id();
        // The director leads Search, so Noor is in their scope (product.md §7.5) for the level changes below.
        UUID dara = admin.hire("Dara Director", team, null, START.minusYears(1));
        admin.post("/api/teams/" + team + "/lead", body("personId", dara, "effectiveDate", START.minusYears(1).toString())).expect(200);
        String director = "director-" + UUID.randomUUID().toString().substring(0, 6);
        users.create(director, PASSWORD, Set.of(Role.DIRECTOR), dara);

        signIn(port, director, PASSWORD);
        page.locator("vaadin-side-nav-item[path='ladders']").click();
        assertThat(page.locator("#ladders-empty")).isVisible();
        screenshot(page, "ladders-01-none-yet");

        page.locator("#from-template").click();
        assertThat(page.locator("#code input")).hasValue("engineering");
        page.locator("#save").click();
        assertThat(page.locator("#ladder-heading")).hasText("Engineering");
        assertThat(page.locator("#ladder-status")).containsText("not published yet");
        Locator matrix = page.locator("#ladder-matrix");
        assertThat(matrix.locator("thead th")).containsText(new String[] {"Competency area", "Engineer", "Senior Engineer 1",
                "Senior Engineer 2 (Individual Contributor)"});
        List<Area> areas = templates.content("ft-engineering").areas();
        assertThat(matrix.locator("tbody tr")).hasCount(areas.size());
        assertThat(matrix.locator("tbody th")).containsText(areas.stream().map(Area::name).toArray(String[]::new));
        assertReadsWithoutSidewaysScrolling(matrix);
        screenshot(page, "ladders-02-draft-matrix");
        for (String level : new String[] {"Principal Engineer (Individual Contributor)", "Technology Director", "Junior Engineer"}) {
            Locator levels = page.locator("#matrix-levels").locator("input");
            levels.click();
            page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(level).setVisible(true)).first().click();
            levels.press("Escape");
        }
        assertThat(matrix.locator("thead th")).hasCount(7);
        assertThat(matrix.locator("thead th").nth(1)).containsText("Junior Engineer");
        assertThat(matrix.locator("thead th").last()).containsText("Technology Director");
        assertReadsWithoutSidewaysScrolling(matrix);
        screenshot(page, "ladders-02b-matrix-six-levels");

        tab("Edit draft");
        assertThat(page.locator("#levels")).containsText("tech-director");
        screenshot(page, "ladders-03-draft-editor");

        page.locator("#publish").click();
        type(page, "publish-reason", "We adopt the FT engineering framework");
        page.locator("#confirm-publish").click();
        assertThat(page.locator("#ladder-status")).containsText("version 1");
        String ladderUrl = page.url();
        screenshot(page, "ladders-04-published");

        tab("Compare levels");
        choose(page, "compare-from", "Senior Engineer 1");
        choose(page, "compare-to", "Senior Engineer 2 (Individual Contributor)");
        assertThat(page.locator("#comparison")).containsText("Raised");
        screenshot(page, "ladders-05-compare-levels");

        page.locator("vaadin-side-nav-item[path='ladders']").click();
        assertThat(page.locator("#free-labels")).containsText("Senior");
        choose(page, "target-Senior", "Senior Engineer 1");
        type(page, "map-reason", "Free labels become framework levels");
        page.locator("#map-labels").click();
        assertThat(page.locator("#free-labels-none")).isVisible();
        screenshot(page, "ladders-06-free-labels-mapped");

        page.navigate("http://localhost:" + port + "/people/" + noor);
        page.locator("#growth-path").click();
        assertThat(page.locator("#growth-heading")).hasText("Growth path · Noor Adeyemi");
        assertThat(page.locator("#growth-steps")).containsText("version 1");
        page.locator("#change-level").click();
        choose(page, "level", "Senior Engineer 2 (Individual Contributor)");
        pickDate(page, "effective-date", START.plusYears(2));
        type(page, "reason", "Leads search relevance end to end");
        page.locator("#save").click();
        assertThat(page.locator("#save")).hasCount(0);
        assertThat(page.locator("#growth-steps")).containsText("Promotion");
        assertThat(page.locator("#growth-options")).containsText("Principal Engineer (Individual Contributor)");
        assertThat(page.locator("#growth-options")).containsText("equivalent on People manager");
        choose(page, "growth-target", "Principal Engineer (Individual Contributor)");
        assertThat(page.locator("#target-comparison")).containsText("Raised");
        screenshot(page, "ladders-07-growth-path");

        page.locator("text=Back to the record").click();
        assertThat(page.locator("#level-history")).containsText("Senior Engineer 2 (Individual Contributor)");
        assertThat(page.locator("#level-history")).containsText("ladder version 1");
        assertThat(page.locator("#level-history")).containsText("free label");
        screenshot(page, "ladders-08-person-levels");

        page.navigate(ladderUrl);
        tab("Distribution");
        assertThat(page.locator("#distribution")).containsText("Individual contributor · 1 people");
        screenshot(page, "ladders-09-distribution");

        page.navigate(ladderUrl + "/print");
        assertThat(page.locator("#ladder-print h1")).hasText("Engineering");
        assertThat(page.locator("vaadin-side-nav")).hasCount(0);
        screenshot(page, "ladders-10-print-view");
        Path pdf = Browser.SCREENSHOTS.resolve("ladders-10-print-a4.pdf");
        page.pdf(new Page.PdfOptions().setFormat("A4").setPreferCSSPageSize(true).setPath(pdf));
        Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1));
        int count = 0;
        while (pages.find()) {
            count++;
        }
        org.assertj.core.api.Assertions.assertThat(count).as("A4 pages, one per level and a cover").isGreaterThanOrEqualTo(9);
    }

    @Test
    void anEditorBuildsALadderInTheDraftPublishesItAndRetiresALevel() {
        String hr = "hr-" + UUID.randomUUID().toString().substring(0, 6);
        users.create(hr, PASSWORD, Set.of(Role.HR), null);
        String code = "craft-" + UUID.randomUUID().toString().substring(0, 6);
        signIn(port, hr, PASSWORD);
        page.locator("vaadin-side-nav-item[path='ladders']").click();
        page.locator("#new-ladder").click();
        type(page, "name", "Craft");
        type(page, "code", code);
        page.locator("#save").click();
        assertThat(page.locator("#ladder-heading")).hasText("Craft");
        tab("Edit draft");

        page.locator("#add-track").click();
        type(page, "track-code", "ic");
        type(page, "track-name", "Individual contributor");
        page.locator("#apply").click();
        for (String[] level : new String[][] {{"apprentice", "Apprentice", "1"}, {"journeyman", "Journeyman", "2"}}) {
            page.locator("#add-level").click();
            type(page, "level-code", level[0]);
            type(page, "level-title", level[1]);
            type(page, "level-order", level[2]);
            Locator tracks = page.locator("#level-tracks").locator("input");
            tracks.click();
            page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("ic").setVisible(true)).first().click();
            tracks.press("Escape");
            page.locator("#apply").click();
        }
        page.locator("#add-area").click();
        type(page, "area-code", "quality");
        type(page, "area-name", "Quality");
        page.locator("#apply").click();
        choose(page, "expectations-of", "Journeyman");
        type(page, "expectation-quality", "Ships work that needs no rework.");
        // Someone else's change elsewhere redraws the page by push; the working copy must survive it.
        Api.asAdmin(port).formTeam("Elsewhere " + code, null, START);
        assertThat(page.locator("#expectation-quality textarea")).hasValue("Ships work that needs no rework.");
        page.locator("#save-draft").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Draft saved"))).isVisible();
        assertThat(page.locator("#ladder-problems")).isHidden();
        assertThat(page.locator("#ladder-status")).containsText("not published yet");
        tab("Matrix");
        page.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Draft")).click();
        assertThat(page.locator("#ladder-matrix")).containsText("Ships work that needs no rework.");
        tab("Edit draft");
        screenshot(page, "ladders-11-built-in-editor");

        page.locator("#publish").click();
        page.locator("#confirm-publish").click();
        assertThat(page.locator("#ladder-status")).containsText("version 1");

        tab("Edit draft");
        page.locator("#levels").getByText("apprentice", new Locator.GetByTextOptions().setExact(true)).click();
        page.locator("#level-retired").click();
        page.locator("#apply").click();
        page.locator("#save-draft").click();
        assertThat(page.locator("#ladder-status")).containsText("unpublished edits");
        tab("Versions");
        assertThat(page.locator("#draft-changes")).containsText("apprentice: retired");
        assertThat(page.locator("#versions")).containsText(hr);
        screenshot(page, "ladders-12-versions");
    }

    /** The matrix and its table fit the window's width: every area and level is read without scrolling sideways. */
    private void assertReadsWithoutSidewaysScrolling(Locator matrix) {
        for (Locator element : new Locator[] {matrix, matrix.locator("table")}) {
            Number scrollWidth = (Number) element.evaluate("e => e.scrollWidth");
            Number clientWidth = (Number) element.evaluate("e => e.clientWidth");
            org.assertj.core.api.Assertions.assertThat(scrollWidth.intValue()).as("scroll width of the matrix within its %s px", clientWidth)
                    .isPositive().isLessThanOrEqualTo(clientWidth.intValue());
        }
        Number pageScroll = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(pageScroll.intValue()).as("page width").isLessThanOrEqualTo(1280);
    }

    private void tab(String label) {
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(label)).click();
    }
}
