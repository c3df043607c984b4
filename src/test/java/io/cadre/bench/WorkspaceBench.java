package io.cadre.bench;

import io.cadre.bench.Report.Section;
import io.cadre.ladder.api.Expectation;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderTemplates;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.platform.consistency.ReadModelBarrier;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.axonframework.config.EventProcessingConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The director's workspace at scale, through REST as an integration calls it: the pipeline board and a calibration
 * session at 500 open positions and 200 promotion cases, an accepted offer's time until the hire is visible, and the
 * objectives list and alignment tree for a period with one objective of three key results per team.
 */
final class WorkspaceBench {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceBench.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LADDER = "ft-engineering";
    private static final int POSITIONS = 500;
    private static final int CASES = 200;
    private static final int POSITIONS_WITH_CANDIDATES = 200;
    private static final int ACCEPTED_OFFERS = 20;
    private static final int CLIENTS = 8;
    private static final int SCENARIO_CHANGES = 200;
    private static final List<String> CONTRIBUTOR_STEPS = List.of("junior", "engineer", "senior-1", "senior-2-ic", "principal-ic");

    private final ConfigurableApplicationContext app;
    private final CadreClient client;
    private final Function<String, Latencies> timeCalls;
    private final JdbcTemplate jdbc;
    private final LocalDate today;

    WorkspaceBench(ConfigurableApplicationContext app, CadreClient client, Function<String, Latencies> timeCalls) {
        this.app = app;
        this.client = client;
        this.timeCalls = timeCalls;
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.today = LocalDate.now(app.getBean(Clock.class));
    }

    /** Publishes the shipped engineering ladder, whose level codes the generated organisation uses. */
    static void publishLadder(ConfigurableApplicationContext app, CadreClient client) {
        LadderContent content = app.getBean(LadderTemplates.class).content(LADDER);
        CadreBenchmark.expect(client.post("/api/ladders/import?publish=true&reason=Benchmark",
                LadderFormat.write(content, LadderFormat.Syntax.JSON), "application/json"), 201, "the ladder's import");
    }

    void measurePipeline(Section section) throws Exception {
        List<UUID[]> teams = jdbc.query("select team_id, lead_id from chart_team_state where valid_to is null and active"
                + " and lead_id is not null order by team_id", (rs, i) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)});
        List<UUID> positions = inParallel(POSITIONS, i -> {
            UUID[] team = teams.get(i % teams.size());
            UUID id = created(client.post("/api/positions", json(Map.of("teamId", team[0], "managerId", team[1],
                    "level", "engineering/engineer", "title", "Software Engineer " + i, "reason", "Benchmark: growth"))));
            CadreBenchmark.expect(client.post("/api/positions/" + id + "/approve", json(Map.of("reason", "Budgeted"))), 200, "approve");
            return id;
        });
        List<UUID> candidates = inParallel(POSITIONS_WITH_CANDIDATES, i -> {
            UUID position = positions.get(i);
            UUID first = candidate(position, i, "a");
            UUID second = candidate(position, i, "b");
            CadreBenchmark.expect(stage(second, "INTERVIEWING", null), 200, "a stage");
            return first;
        });
        awaitEveryReadModel("the pipeline board");
        Latencies board = timeCalls.apply("/api/pipeline");
        section.row("Pipeline board through REST (%,d open positions, %,d candidates), p50 / p95"
                        .formatted(POSITIONS, 2 * POSITIONS_WITH_CANDIDATES), CadreBenchmark.p50p95(board), "p95 < 100 ms",
                Report.yesNo(board.percentileMillis(95) < 100));

        List<UUID> cases = nominate();
        UUID session = calibrationOf(cases);
        awaitEveryReadModel("the calibration session");
        Latencies calibration = timeCalls.apply("/api/calibrations/" + session);
        section.row("Calibration session through REST (%,d cases, each with a recommendation), p50 / p95".formatted(cases.size()),
                CadreBenchmark.p50p95(calibration), "p95 < 100 ms", Report.yesNo(calibration.percentileMillis(95) < 100));

        Latencies hires = acceptOffers(candidates.subList(0, ACCEPTED_OFFERS));
        section.row("An accepted offer until the hire is visible (GET /api/candidates/{id} names the person; %d offers one after another),"
                        .formatted(ACCEPTED_OFFERS) + " p50 / max", "%.0f ms / %.0f ms".formatted(hires.percentileMillis(50), hires.maxMillis()),
                "a few seconds (§7.1)", Report.yesNo(hires.maxMillis() < 5_000));
    }

    void measureObjectives(Section section) throws Exception {
        String period = "%d-Q%d".formatted(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
        List<List<UUID>> layers = teamLayers();
        Map<UUID, UUID> objectiveOfTeam = new java.util.concurrent.ConcurrentHashMap<>();
        Map<UUID, UUID> parentOf = new LinkedHashMap<>();
        jdbc.query("select team_id, parent_id from chart_team_state where valid_to is null and active",
                rs -> {
                    parentOf.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        int written = 0;
        for (List<UUID> layer : layers) {
            List<UUID> ids = inParallel(layer.size(), i -> {
                UUID team = layer.get(i);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("teamId", team);
                body.put("period", period);
                body.put("title", "Ship what matters " + i);
                UUID parent = parentOf.get(team) == null ? null : objectiveOfTeam.get(parentOf.get(team));
                if (parent != null) {
                    body.put("parentId", parent);
                }
                body.put("keyResults", List.of(keyResult("Weekly active teams", 100, 400), keyResult("Checkout p95 in ms", 900, 300),
                        keyResult("Incidents a month", 12, 4)));
                body.put("reason", "Benchmark: the quarter's objectives");
                UUID id = created(client.post("/api/objectives", json(body)));
                objectiveOfTeam.put(team, id);
                return id;
            });
            written += ids.size();
        }
        UUID root = layers.getFirst().getFirst();
        awaitEveryReadModel("the objectives");
        Latencies list = timeCalls.apply("/api/objectives?period=" + period + "&teamId=" + root + "&includeSubteams=true");
        Latencies tree = timeCalls.apply("/api/objectives/alignment?period=" + period);
        section.row("Objectives list through REST (%,d objectives of 3 key results, the whole org's first page), p50 / p95".formatted(written),
                CadreBenchmark.p50p95(list), "p95 < 100 ms", Report.yesNo(list.percentileMillis(95) < 100));
        section.row("Alignment tree through REST (%,d objectives), p50 / p95".formatted(written), CadreBenchmark.p50p95(tree),
                "p95 < 100 ms", Report.yesNo(tree.percentileMillis(95) < 100));
    }

    /**
     * Waits until every processor, the derived read models' too (audit, reports, history), has handled the last event
     * stored, so that a read is timed on a settled Cadre like the chart's rows, not while the setup's burst of commands
     * is still being projected in the same JVM.
     */
    private void awaitEveryReadModel(String before) {
        long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        long started = System.nanoTime();
        if (!app.getBean(ReadModelBarrier.class).awaitPosition(app.getBean(EventProcessingConfiguration.class).eventProcessors().keySet(),
                head, Duration.ofMinutes(10))) {
            throw new IllegalStateException("The read models did not catch up before " + before + " within 10 minutes");
        }
        log.info("Every read model caught up before {} in {} ms", before, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A reorganisation scenario of the whole organisation with {@code SCENARIO_CHANGES} planned changes (transfers of
     * engineers to other teams under their leads, and level changes), each planned through REST as a director would; then
     * its chart and its impact on the date after the last change, which lay every planned change over the live org.
     */
    /** The dates a scenario's chart is first asked on, each a rehearsal of the whole plan. */
    private static final int SCENARIO_DATES = 20;

    void measureScenario(Section section) {
        List<UUID[]> teams = jdbc.query("select team_id, lead_id from chart_team_state where valid_to is null and active"
                + " and lead_id is not null order by team_id", (rs, i) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)});
        List<Object[]> people = jdbc.query("select p.person_id, p.team_id from chart_person_state p where p.valid_to is null and p.active"
                        + " and not exists (select 1 from chart_person_state r where r.valid_to is null and r.active and r.manager_id = p.person_id)"
                        + " and p.level = 'engineering/engineer' order by p.person_id limit " + SCENARIO_CHANGES,
                (rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)});
        UUID scenario = created(client.post("/api/scenarios", json(Map.of("name", "Benchmark reorganisation"))));
        LocalDate first = today.plusDays(30);
        long planning = System.nanoTime();
        int refused = 0;
        for (int i = 0; i < people.size(); i++) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("personId", people.get(i)[0]);
            change.put("effectiveDate", first.plusDays(i / 20).toString());
            change.put("reason", "Benchmark: the reorganisation, step " + i);
            if (i % 2 == 0) {
                UUID[] to = teams.get((i * 7) % teams.size());
                if (to[0].equals(people.get(i)[1])) {
                    to = teams.get((i * 7 + 1) % teams.size());
                }
                change.put("type", "TRANSFER");
                change.put("teamId", to[0]);
                change.put("managerId", to[1]);
            } else {
                change.put("type", "CHANGE_LEVEL");
                change.put("level", "engineering/senior-1");
                change.put("kind", "PROMOTION");
            }
            CadreClient.Answer answer = client.post("/api/scenarios/" + scenario + "/changes", json(change));
            if (answer.status() == 409) {
                refused++;
            } else {
                CadreBenchmark.expect(answer, 201, "a planned change");
            }
        }
        double planned = (System.nanoTime() - planning) / 1e9;
        LocalDate after = first.plusDays(people.size() / 20 + 1);
        // Each date asked for the first time is a full rehearsal of the plan (the very first also finds its refusals);
        // asked again, the same chart is remembered until the live log grows.
        Latencies firstView = new Latencies();
        for (int d = 1; d <= SCENARIO_DATES; d++) {
            firstView.add(CadreBenchmark.expect(client.get("/api/scenarios/" + scenario + "/org-chart?asOf=" + after.plusDays(d)), 200,
                    "the scenario's chart").nanos());
        }
        Latencies chart = timeCalls.apply("/api/scenarios/" + scenario + "/org-chart?asOf=" + after);
        Latencies impact = timeCalls.apply("/api/scenarios/" + scenario + "/impact?asOf=" + after);
        int kept = people.size() - refused;
        section.notes.add("Planning the scenario's %d changes one by one through REST took %.1f s in all (%d refused by the org's rules)."
                .formatted(people.size(), planned, refused));
        section.row("Scenario chart through REST, each date asked once (%d planned changes rehearsed over the whole org, %d dates),"
                        .formatted(kept, SCENARIO_DATES) + " p50 / p95", CadreBenchmark.p50p95(firstView), "p95 < 1 s (5,000 people)",
                Report.yesNo(firstView.percentileMillis(95) < 1_000));
        section.row("Scenario chart through REST, the same date asked again (remembered), p50 / p95",
                CadreBenchmark.p50p95(chart), "p95 < 1 s (5,000 people)", Report.yesNo(chart.percentileMillis(95) < 1_000));
        section.row("Scenario impact through REST (%d planned changes; the live chart and the remembered rehearsal), p50 / p95"
                        .formatted(kept),
                CadreBenchmark.p50p95(impact), "p95 < 1 s (5,000 people)", Report.yesNo(impact.percentileMillis(95) < 1_000));
    }

    /** A 12-quarter growth model of the whole organisation to ten times its size (the 10x preset), through REST. */
    void measureGrowthModel(Section section, int calls) {
        String preset = CadreBenchmark.expect(client.get("/api/growth-models/presets/10x"), 200, "the 10x preset").body();
        int people = JSON.readTree(preset).get("targetHeadcount").asInt() / 10;
        for (int i = 0; i < Math.min(10, calls); i++) {
            CadreBenchmark.expect(client.post("/api/growth-models/run", preset), 200, "a growth model");
        }
        Latencies times = new Latencies();
        for (int i = 0; i < calls; i++) {
            times.add(CadreBenchmark.expect(client.post("/api/growth-models/run", preset), 200, "a growth model").nanos());
        }
        section.row("Growth model through REST, 12 quarters to 10x from %,d people, p50 / p95".formatted(people),
                CadreBenchmark.p50p95(times), "p95 < 200 ms (5,000 people)", Report.yesNo(times.percentileMillis(95) < 200));
    }

    private List<List<UUID>> teamLayers() {
        List<List<UUID>> layers = new ArrayList<>();
        List<UUID> layer = jdbc.queryForList("select team_id from chart_team_state where valid_to is null and active and parent_id is null",
                UUID.class);
        while (!layer.isEmpty()) {
            layers.add(layer);
            layer = jdbc.queryForList("select team_id from chart_team_state where valid_to is null and active and parent_id = any(?)",
                    UUID.class, (Object) layer.toArray(UUID[]::new));
        }
        return layers;
    }

    private List<UUID> nominate() throws Exception {
        LadderContent content = app.getBean(LadderTemplates.class).content(LADDER);
        List<Object[]> people = jdbc.query("select person_id, level from chart_person_state where valid_to is null and active"
                        + " and level = any(?) order by person_id limit " + CASES,
                (rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)},
                (Object) CONTRIBUTOR_STEPS.subList(0, CONTRIBUTOR_STEPS.size() - 1).stream().map(l -> "engineering/" + l).toArray(String[]::new));
        return inParallel(people.size(), i -> {
            String level = ((String) people.get(i)[1]).substring("engineering/".length());
            String target = CONTRIBUTOR_STEPS.get(CONTRIBUTOR_STEPS.indexOf(level) + 1);
            String area = content.expectations().stream().filter(e -> target.equals(e.level())).map(Expectation::area).findFirst()
                    .orElseGet(() -> content.areas().getFirst().code());
            return created(client.post("/api/promotions", json(Map.of("personId", people.get(i)[0], "targetLevel", "engineering/" + target,
                    "evidence", List.of(Map.of("area", area, "text", "Led the rewrite of the team's busiest service")),
                    "reason", "Ready for the next step"))));
        });
    }

    private UUID calibrationOf(List<UUID> cases) throws Exception {
        UUID session = created(client.post("/api/calibrations", json(Map.of("name", "Benchmark calibration", "date", today.toString(),
                "promotionIds", cases, "reason", "The half-year cycle"))));
        String[] recommendations = {"APPROVE", "DEFER", "DENY"};
        inParallel(cases.size(), i -> {
            CadreBenchmark.expect(client.post("/api/calibrations/" + session + "/recommendations", json(Map.of("promotionId", cases.get(i),
                    "recommendation", recommendations[i % 3], "reason", "Discussed in the session"))), 200, "a recommendation");
            return cases.get(i);
        });
        return session;
    }

    private Latencies acceptOffers(List<UUID> candidates) {
        Latencies times = new Latencies();
        for (UUID candidate : candidates) {
            CadreBenchmark.expect(stage(candidate, "OFFER", null), 200, "an offer");
            long started = System.nanoTime();
            CadreBenchmark.expect(stage(candidate, "ACCEPTED", today.plusDays(30)), 200, "an acceptance");
            org.awaitility.Awaitility.await("the hire of candidate " + candidate).atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> hired(candidate));
            times.add(System.nanoTime() - started);
        }
        log.info("Accepted {} offers", candidates.size());
        return times;
    }

    private boolean hired(UUID candidate) {
        JsonNode answer = JSON.readTree(CadreBenchmark.expect(client.get("/api/candidates/" + candidate), 200, "a candidate").body());
        return answer.hasNonNull("personId");
    }

    private UUID candidate(UUID position, int i, String which) {
        return created(client.post("/api/positions/" + position + "/candidates", json(Map.of("name", "Candidate " + i + which,
                "email", "candidate." + i + which + "." + position.toString().substring(0, 8) + "@example.com", "source", "Referral",
                "reason", "Applied"))));
    }

    private CadreClient.Answer stage(UUID candidate, String stage, LocalDate startDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stage", stage);
        if (startDate != null) {
            body.put("startDate", startDate.toString());
        }
        body.put("reason", "Moved to " + stage);
        return client.post("/api/candidates/" + candidate + "/stage", json(body));
    }

    private static Map<String, Object> keyResult(String title, int start, int target) {
        return Map.of("title", title, "start", start, "target", target);
    }

    private static UUID created(CadreClient.Answer answer) {
        return UUID.fromString(JSON.readTree(CadreBenchmark.expect(answer, 201, "a creation").body()).get("id").asString());
    }

    private static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    /** Runs {@code count} numbered calls from {@value #CLIENTS} clients at once, keeping their answers in order. */
    private static <T> List<T> inParallel(int count, Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> call.run(index)));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T run(int index) throws Exception;
    }
}
