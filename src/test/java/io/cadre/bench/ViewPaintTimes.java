package io.cadre.bench;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.cadre.support.Browser;
import java.util.Arrays;
import java.util.List;

/**
 * How long each main view takes to show in Chromium, signed in to a running Cadre (the demo data, say): for each, a
 * full page load, timed from the request to the first contentful paint and to the network falling idle (Vaadin's
 * round trips done), five runs after one warm-up, median.
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.cadre.bench.ViewPaintTimes 8080 admin PASSWORD
 * </pre>
 */
public final class ViewPaintTimes {

    private static final List<String> VIEWS = List.of("home", "people", "teams", "org-chart", "ladders", "pipeline", "positions",
            "promotions", "objectives", "reports", "audit", "imports", "admin/users");
    private static final String FIRST_PAINT = """
            () => { const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : -1; }""";

    private ViewPaintTimes() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        try (Browser browser = Browser.launch()) {
            Page page = browser.signIn(port, args[1], args[2]);
            System.out.println("| view | first contentful paint (ms), median of 5 | network idle (ms), median of 5 |");
            System.out.println("|---|---|---|");
            for (String view : VIEWS) {
                load(page, view);
                long[] paint = new long[5];
                long[] idle = new long[5];
                for (int run = 0; run < paint.length; run++) {
                    long started = System.nanoTime();
                    load(page, view);
                    idle[run] = (System.nanoTime() - started) / 1_000_000;
                    paint[run] = Math.round(((Number) page.evaluate(FIRST_PAINT)).doubleValue());
                }
                System.out.printf("| /%s | %d | %d |%n", view, median(paint), median(idle));
            }
            page.context().close();
        }
    }

    private static void load(Page page, String view) {
        page.navigate("/" + view);
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
