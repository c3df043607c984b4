package io.cadre.org.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Browser.pickDate;
import static io.cadre.support.Browser.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import io.cadre.support.Api;
import io.cadre.support.BrowserTest;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The org chart's first view at 500 and at 5,000 people, in Chromium: names are drawn at a legible size (at least
 * {@value #LEGIBLE_PX} px on screen, after zoom), the chart opens some levels rather than everything, and a closed
 * branch opens on a click. The people come in through one HRIS import: 500 in one reporting tree start on one date,
 * 4,500 in a second tree a year later, both far ahead, so that the chart of today other tests read stays as it was.
 */
@IntegrationTest
@TestPropertySource(properties = "cadre.test.context=pipeline-browser")
class ChartReadableAtScaleBrowserTest extends BrowserTest {

    private static final double LEGIBLE_PX = 11;
    private static final int SPAN = 7;
    private static final LocalDate FIRST_500 = LocalDate.of(2990, 1, 1);
    private static final LocalDate THE_OTHERS = LocalDate.of(2991, 1, 1);
    /** Each name's font size on screen: its CSS size times the scale the chart draws it at. */
    private static final String NAME_SIZES = """
            chart => {
              const view = chart.getBoundingClientRect();
              return [...chart.shadowRoot.querySelectorAll('[data-node] .name')].filter((text) => {
                const r = text.getBoundingClientRect();
                return r.right > view.left && r.left < view.right && r.bottom > view.top && r.top < view.bottom;
              }).map((text) => parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a);
            }
            """;

    /** Where on the screen the first closed branch ("+7") in view is, to click it as a person would. */
    private static final String CLOSED_BRANCH_IN_VIEW = """
            chart => {
              const view = chart.getBoundingClientRect();
              const toggle = [...chart.shadowRoot.querySelectorAll('[data-toggle]')].find((t) => {
                const r = t.getBoundingClientRect();
                return t.textContent.startsWith('+') && r.left > view.left && r.right < view.right
                  && r.top > view.top && r.bottom < view.bottom;
              });
              if (!toggle) return [];
              const r = toggle.getBoundingClientRect();
              return [r.left + r.width / 2, r.top + r.height / 2];
            }
            """;

    @LocalServerPort
    int port;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void theFirstViewIsLegibleAt500And5000People() {
        importPeople(5_000);

        signIn(port, "admin", "test-admin");
        page.navigate("/org-chart");
        firstViewIsLegible(FIRST_500.plusMonths(6), 500, 0, "chart-scale-500");
        firstViewIsLegible(THE_OTHERS.plusMonths(6), 5_000, 500, "chart-scale-5000");
    }

    /** On {@code date} the chart holds {@code size} people or more; the person numbered {@code top} heads the largest tree. */
    private void firstViewIsLegible(LocalDate date, int size, int top, String screenshot) {
        pickDate(page, "as-of", date);
        Locator chart = page.locator("#org-chart");
        Locator head = page.locator("#org-chart [data-node='" + personId(top, date) + "']");
        assertThat(head).isVisible();
        var view = chart.boundingBox();
        var box = head.boundingBox();
        assertThat(box.x).as("the top of the largest tree opens in view").isBetween(view.x, view.x + view.width - box.width);
        assertThat(box.y).isBetween(view.y, view.y + view.height - box.height);
        int people = peopleOnChart();
        assertThat(people).isGreaterThanOrEqualTo(size);
        int shown = Integer.parseInt(chart.getAttribute("nodes-shown"));
        assertThat(shown).as("the first view opens some levels, not all %d people", people).isBetween(SPAN + 1, people / 2);

        @SuppressWarnings("unchecked")
        List<Number> sizes = (List<Number>) chart.evaluate(NAME_SIZES);
        assertThat(sizes).as("names in view").hasSizeGreaterThanOrEqualTo(4);
        assertThat(sizes).allSatisfy(px -> assertThat(px.doubleValue()).isGreaterThanOrEqualTo(LEGIBLE_PX));
        screenshot(page, screenshot + "-first-view");

        @SuppressWarnings("unchecked")
        List<Number> closed = (List<Number>) chart.evaluate(CLOSED_BRANCH_IN_VIEW);
        assertThat(closed).as("a closed branch in view").hasSize(2);
        page.mouse().click(closed.get(0).doubleValue(), closed.get(1).doubleValue());
        await().atMost(Duration.ofSeconds(10)).until(() -> Integer.parseInt(chart.getAttribute("nodes-shown")) > shown);
        screenshot(page, screenshot + "-expanded");
    }

    private UUID personId(int number, LocalDate asOf) {
        JsonNode found = Api.asAdmin(port).get("/api/people?q=SC-" + tag + "-" + number + "&asOf=" + asOf).expect(200).json();
        assertThat(found.get("total").asInt()).isEqualTo(1);
        return UUID.fromString(found.get("items").get(0).get("id").asString());
    }

    private int peopleOnChart() {
        String summary = page.locator("#chart-summary").textContent();
        return Integer.parseInt(summary.replaceAll("^(\\d[\\d,]*) (people|person).*$", "$1").replace(",", ""));
    }

    /** Person 0 heads the first 500, person 500 the others: a reporting tree each, with spans of seven. */
    private String manager(int i) {
        int root = i < 500 ? 0 : 500;
        return i == root ? "" : "SC-" + tag + "-" + (root + (i - root - 1) / SPAN);
    }

    /** Two reporting trees (see {@link #manager}) in departments of about forty. */
    private void importPeople(int size) {
        StringBuilder csv = new StringBuilder("employeeNumber,name,email,title,team,managerEmployeeNumber,startDate\n");
        for (int i = 0; i < size; i++) {
            csv.append("SC-").append(tag).append('-').append(i).append(",Scale ").append(tag).append(" Person ").append(i)
                    .append(",scale.").append(tag).append('.').append(i).append("@example.com,")
                    .append(i % SPAN == 1 ? "Engineering Manager" : "Software Engineer").append(",Scale ").append(tag)
                    .append(" Department ").append(i / 40).append(',')
                    .append(manager(i)).append(',')
                    .append(i < 500 ? FIRST_500 : THE_OTHERS).append('\n');
        }
        Api admin = Api.asAdmin(port);
        String id = admin.postRaw("/api/imports/people", "text/csv", csv.toString()).expect(202).json().get("id").asString();
        JsonNode done = await().atMost(Duration.ofSeconds(75)).pollInterval(Duration.ofMillis(500))
                .until(() -> admin.get("/api/imports/" + id).json(), progress -> List.of("COMPLETED", "FAILED")
                        .contains(progress.get("status").asString()));
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("failed").asInt()).isZero();
    }
}
