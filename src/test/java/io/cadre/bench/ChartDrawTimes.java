package io.cadre.bench;

import com.microsoft.playwright.Page;
import io.cadre.support.Browser;
import java.util.List;
import java.util.Map;

/**
 * How long the org chart takes to draw in Chromium, for generated organisations of 500 and 5,000 people
 * (spans of about seven, teams of about eight): the first view (upper levels open) and every branch open.
 * It signs in to a running Cadre and hands each organisation straight to the chart's web component, so
 * it times the drawing alone, from the data's arrival to the next painted frame.
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.cadre.bench.ChartDrawTimes 8080 admin PASSWORD
 * </pre>
 */
public final class ChartDrawTimes {

    private static final String DRAW = """
            async ([size, expand]) => {
              const chart = document.querySelector('cadre-org-chart');
              const nodes = [];
              const teams = [];
              let next = 0;
              const add = (parentId, depth, teamId) => {
                const id = 'p' + (next++);
                const team = depth < 2 || nodes.length % 8 === 0 ? 't' + teams.push(id) : teamId;
                nodes.push({ id, parentId, name: 'Person ' + id, initials: 'P' + (next % 10), title: 'Engineer',
                             level: 'engineering/senior-1', teamId: team, teamName: 'Team ' + team });
                return { id, team };
              };
              const queue = [add(null, 0, null)];
              for (let depth = 0; nodes.length < size; depth++) {
                const level = queue.splice(0, queue.length);
                for (const parent of level) {
                  for (let k = 0; k < 7 && nodes.length < size; k++) queue.push(add(parent.id, depth + 1, parent.team));
                }
              }
              const drawn = () => new Promise((resolve) => chart.addEventListener('chart-drawn',
                  (e) => resolve(e.detail), { once: true }));
              let wait = drawn();
              chart.show({ kind: 'bench-' + size + '-' + expand, editable: true, nodes });
              const first = await wait;
              if (!expand) return first;
              wait = drawn();
              chart.expandAll();
              return await wait;
            }
            """;

    private ChartDrawTimes() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        try (Browser browser = Browser.launch()) {
            Page page = browser.signIn(port, args[1], args[2]);
            page.navigate("/org-chart");
            page.locator("cadre-org-chart[nodes-shown]").waitFor();
            System.out.println("| people | view | boxes drawn | draw time (ms), 5 runs | median |");
            System.out.println("|---|---|---|---|---|");
            for (int size : List.of(500, 5000)) {
                for (boolean expand : List.of(false, true)) {
                    long[] times = new long[5];
                    Object boxes = null;
                    for (int run = 0; run < times.length; run++) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> drawn = (Map<String, Object>) page.evaluate(DRAW, List.of(size, expand));
                        times[run] = Math.round(((Number) drawn.get("ms")).doubleValue());
                        boxes = drawn.get("nodes");
                    }
                    long[] sorted = times.clone();
                    java.util.Arrays.sort(sorted);
                    System.out.printf("| %d | %s | %s | %s | %d |%n", size, expand ? "every branch open" : "first view", boxes,
                            java.util.Arrays.toString(times), sorted[2]);
                }
            }
            page.context().close();
        }
    }
}
