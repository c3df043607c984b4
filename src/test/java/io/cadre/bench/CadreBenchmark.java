package io.cadre.bench;

import io.cadre.platform.gateway.Commands;
import io.cadre.CadreApplication;
import io.cadre.bench.OrgHistory.Org;
import io.cadre.bench.Report.Section;
import io.cadre.platform.replay.ProjectionRebuild;
import io.cadre.platform.replay.RebuildFailed;
import io.cadre.platform.consistency.ReadModelBarrier;
import io.cadre.platform.projection.ReadModels;
import io.cadre.access.service.ApiTokens;
import io.cadre.platform.projection.ProcessorStatus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cadre's benchmark: for each org size it starts Cadre on a fresh embedded PostgreSQL, generates an organisation
 * with years of history in bulk, lets the projections catch up, then measures over real HTTP with an API token
 * what product.md §4 sets targets for, and prints one table per size (also written to target/benchmark.md).
 * Run it with {@code ./mvnw -Pbench verify}; see the README's "Benchmark" section for its settings.
 */
public final class CadreBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CadreBenchmark.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> PROCESSORS = List.of(ReadModels.PROCESSOR);
    /** The measured org's own warm-up, with commands that do not lengthen its history. */
    private static final int SETTLING_SECONDS = 30;
    private static final int DIAGNOSIS_SECONDS = 5;
    private static final int SETTLE_ROUND_SECONDS = 10;
    /** A round of the concurrent load in which the JIT compiles less than this is taken for a settled JVM. */
    private static final long SETTLED_COMPILE_MILLIS = 1_000;
    private static final int AFRESH_CALLS = 20;
    /** The parts of a size's measurement that {@code bench.parts} can name. */
    static final String ORG_PART = "org";
    static final String IMPORT_PART = "import";
    static final String WORKSPACE_PART = "workspace";
    static final List<String> ORG_MEASURES = List.of("rules", "reads", "commands", "heap", "rebuild", "ceiling");

    private final Settings settings;
    private final Path plans;

    private CadreBenchmark(Settings settings) {
        this.settings = settings;
        this.plans = settings.report().resolveSibling("benchmark-plans.md");
    }

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        Settings settings = Settings.fromSystemProperties();
        try {
            new CadreBenchmark(settings).run();
        } catch (Exception e) {
            log.error("The benchmark failed", e);
            System.exit(1);
        }
        // Axon's and the HTTP client's threads do not all end with the last context; the report is written.
        System.exit(0);
    }

    private void run() throws Exception {
        Files.deleteIfExists(plans);
        Report report = new Report(settings.report(), header());
        report.write();
        warmUpJvm();
        for (int size : settings.sizes()) {
            report.add(measure(size));
        }
        log.info("Benchmark report written to {}", settings.report().toAbsolutePath());
    }

    private String header() {
        Runtime runtime = Runtime.getRuntime();
        return """
                # Cadre benchmark

                Run on %s: %d cores (Runtime.availableProcessors), max heap %d MiB, Java %s (%s), %s %s.
                Command: `./mvnw -Pbench verify` (sizes %s, parts %s, %d years of history, seed %d). Each size runs on its own fresh
                embedded PostgreSQL; HTTP calls use an API token (`Authorization: Bearer`). Query plans: `benchmark-plans.md`.

                """.formatted(ZonedDateTime.now().withNano(0), runtime.availableProcessors(), runtime.maxMemory() >> 20,
                System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name"),
                System.getProperty("os.arch"), settings.sizes(), String.join(",", settings.parts().stream().sorted().toList()),
                settings.years(), settings.seed())
                + (settings.appArgs().isEmpty() ? "" : "Cadre started with the extra arguments `%s`.\n\n".formatted(
                String.join(" ", settings.appArgs())));
    }

    // ---- one org size ----

    private Section measure(int size) throws Exception {
        Path dataDir = Files.createTempDirectory("cadre-bench-" + size + "-");
        String password = randomSecret();
        Section section = new Section("%,d people".formatted(size));
        section.facts.add("Machine: %d cores, max heap %d MiB".formatted(Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20));
        if (settings.parts().contains(ORG_PART)) {
            measureOrg(size, dataDir, password, section);
        }
        if (settings.parts().contains(IMPORT_PART)) {
            measureImport(size, password, section);
        }
        if (settings.keepData()) {
            log.info("[{}] Kept the database in {} (bench.keep-data)", size, dataDir.resolve("postgres"));
        } else {
            deleteRecursively(dataDir);
        }
        return section;
    }

    /** The generated org with its history: rules, charts, commands, heap and rebuild, then the baseline rebuilds. */
    private void measureOrg(int size, Path dataDir, String password, Section section) throws Exception {
        long started = System.nanoTime();
        ConfigurableApplicationContext app = start(dataDir, password, List.of());
        log.info("[{}] Cadre started in {} s", size, format(seconds(started)));
        try {
            section.facts.add(database(app));
            Org org = load(app, size, section);
            CadreClient client = new CadreClient(port(app), app.getBean(ApiTokens.class).issue("admin", "benchmark"));
            if (settings.measures("rules")) {
                checkRules(client, org, section);
            }
            warmUp(client, org, size, section, SETTLING_SECONDS, org.contributors().size());
            if (settings.measures("reads")) {
                measureCharts(client, org, size, section);
                measureRecordedChart(app, client, org, section);
                measureAudit(app, client, org, section);
                measureReports(app, client, org, section);
            }
            measureWorkspace(app, client, section);
            if (settings.measures("commands")) {
                measureCommands(client, org, size, section);
            }
            if (settings.measures("heap")) {
                measureHeap(section);
                explain(app, size, org);
            }
            if (settings.measures("rebuild")) {
                measureRebuild(app, size, section);
            }
            if (settings.measures("ceiling")) {
                measureRebuildCeiling(app, section);
            }
            forgetTokens(app);
        } finally {
            app.close();
        }
        for (String baseline : settings.baselines()) {
            measureBaseline(dataDir, password, baseline, section);
        }
    }

    /**
     * Generates the org, stores it in bulk with the projections stopped, then starts them and times their
     * catch-up, and checks that the command side's timeline equals the one the projection folded.
     */
    private Org load(ConfigurableApplicationContext app, int size, Section section) throws Exception {
        EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
        streamingProcessors(processing).forEach(StreamingEventProcessor::shutDown);
        LocalDate today = LocalDate.now(app.getBean(Clock.class));

        long started = System.nanoTime();
        Org org = OrgHistory.generate(size, settings.years(), settings.seed(), today);
        double generated = seconds(started);
        int eventCount = org.events().size();
        log.info("[{}] Generated {} people ({} active today) and {} events in {} s", size, org.hired(), org.activePeople(),
                eventCount, format(generated));

        BulkLoad bulk = new BulkLoad(app.getBean(EventStorageEngine.class), app.getBean(DataSource.class));
        started = System.nanoTime();
        bulk.storeCommandSide(org.people(), org.events());
        double commandSide = seconds(started);
        started = System.nanoTime();
        bulk.storeEvents(org.events());
        double stored = seconds(started);
        log.info("[{}] Stored the command side's tables in {} s and the events in {} s", size, format(commandSide), format(stored));
        org = org.withoutHistory();

        long head = count(app, "select max(global_index) from domain_event_entry");
        awaitQuiet("the projections' catch-up");
        CpuMeter catchUpCpu = new CpuMeter();
        started = System.nanoTime();
        streamingProcessors(processing).forEach(StreamingEventProcessor::start);
        if (!app.getBean(ReadModelBarrier.class).awaitPosition(head, Duration.ofHours(1))) {
            throw new IllegalStateException("The projections did not catch up within an hour");
        }
        double caughtUp = seconds(started);
        String catchUpText = marked("projections caught up in %s s (%,.0f events/s)".formatted(format(caughtUp), eventCount / caughtUp),
                catchUpCpu);
        log.info("[{}] Projections caught up with {} events in {} s", size, eventCount, format(caughtUp));

        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        // As autovacuum would after a load this size: the refolds leave dead rows, and the planner needs statistics.
        started = System.nanoTime();
        jdbc.execute("vacuum analyze");
        double vacuumed = seconds(started);
        requireConsistentTimeline(jdbc);

        section.facts.add("Org today: %,d active people (%,d hired, %,d left over %d years), %,d teams and units in %d layers;"
                .formatted(org.activePeople(), org.hired(), org.left(), settings.years(), org.teams(), org.layers())
                + " %,d events from %s to %s".formatted(eventCount, org.firstDay(), org.lastDay()));
        section.facts.add(("Generation: %s s to generate, %s s for the command side's tables (folded in Java, written with COPY),"
                + " %s s to append the events (%,.0f events/s, %d per transaction); %s; vacuum analyze %s s")
                .formatted(format(generated), format(commandSide), format(stored), eventCount / stored,
                        BulkLoad.EVENTS_PER_TRANSACTION, catchUpText, format(vacuumed)));
        return org;
    }

    /**
     * The command side's rule_* timeline, folded by the loader, must equal the chart_* timeline the projection
     * folded through TimelineTables, and no dated reference in it may name a team or person that is not active.
     */
    private static void requireConsistentTimeline(JdbcTemplate jdbc) {
        // The changes compare without their record time, which only the read model keeps (the rules read none).
        Map<String, String> columns = Map.of("change", "subject_id, seq, valid_from, field, value, retracted_at",
                "person_state", "*", "team_state", "*");
        for (String table : List.of("change", "person_state", "team_state")) {
            Long differences = jdbc.queryForObject("""
                    select (select count(*) from (select %2$s from rule_%1$s except all select %2$s from chart_%1$s) a)
                         + (select count(*) from (select %2$s from chart_%1$s except all select %2$s from rule_%1$s) b)
                    """.formatted(table, columns.get(table)), Long.class);
            if (differences == null || differences != 0) {
                throw new IllegalStateException("rule_" + table + " and chart_" + table + " differ in " + differences + " rows");
            }
        }
        String[][] references = {
                {"rule_person_state", "person_id", "manager_id", "rule_person_state", "person_id"},
                {"rule_person_state", "person_id", "team_id", "rule_team_state", "team_id"},
                {"rule_team_state", "team_id", "parent_id", "rule_team_state", "team_id"},
                {"rule_team_state", "team_id", "lead_id", "rule_person_state", "person_id"}};
        for (String[] ref : references) {
            // TimelineLookups.inactiveReference, asked of every holder at once.
            Long broken = jdbc.queryForObject("""
                    select count(*) from (
                      select h.valid_from, h.valid_to,
                             (select min(t.valid_from) from %4$s t where t.%5$s = h.%3$s) as target_start,
                             (select min(t.valid_from) from %4$s t where t.%5$s = h.%3$s and not t.active) as target_end
                      from %1$s h where h.active and h.%3$s is not null) held
                    where target_start is null or target_start > valid_from
                       or (target_end is not null and target_end < coalesce(valid_to, 'infinity'::date))
                    """.formatted((Object[]) ref), Long.class);
            if (broken == null || broken != 0) {
                throw new IllegalStateException(broken + " intervals of " + ref[0] + "." + ref[2] + " name an inactive target");
            }
        }
    }

    /** Commands against the generated history must meet its rules: a cycle through it is refused, a plausible move accepted. */
    private static void checkRules(CadreClient client, Org org, Section section) {
        UUID someone = org.contributors().getLast();
        int cycle = client.post("/api/people/" + org.rootHead() + "/manager",
                "{\"managerId\":\"" + someone + "\",\"reason\":\"Benchmark: must be refused\"}").status();
        var move = org.sampleTransfer();
        int transfer = client.post("/api/people/" + move.personId() + "/transfer",
                "{\"teamId\":\"" + move.teamId() + "\",\"reason\":\"Benchmark\"}").status();
        int manager = client.post("/api/people/" + move.personId() + "/manager",
                "{\"managerId\":\"" + move.teamHead() + "\",\"reason\":\"Benchmark\"}").status();
        if (cycle != 409 || transfer != 200 || manager != 200) {
            throw new IllegalStateException("Commands against the generated history answered " + cycle + " (cycle, expected 409), "
                    + transfer + " (transfer) and " + manager + " (manager change, both expected 200)");
        }
        section.facts.add("Rules against the generated history: making the top of the org report to a contributor is refused"
                + " (409, reporting cycle); a transfer and a manager change are accepted (200)");
    }

    // ---- measurements ----

    /**
     * Warms the JIT compiler up on a scratch 500-person org in a Cadre of its own, which is then thrown away. Right
     * after start the compiler takes most of both cores (measured: about 60% of this JVM's CPU during the first
     * single commands, and still 7 to 10 s of compiling in a 10 s window after a 30 s warm-up), so a freshly started
     * Cadre would measure the compiler. Warming up on the measured org instead would change it: each title change is
     * one more event to load and refold for that person (120 s of warm-up made it 55 events per person and cut the
     * concurrent throughput by a third). Compiled code is the JVM's, so it serves every Cadre started after.
     */
    private void warmUpJvm() throws Exception {
        if (settings.warmUpSeconds() <= 0) {
            return;
        }
        Path dataDir = Files.createTempDirectory("cadre-bench-warm-up-");
        ConfigurableApplicationContext app = start(dataDir, randomSecret(), List.of());
        try {
            Org org = load(app, 500, new Section("warm-up"));
            log.info("The org above is the warm-up's scratch org, not a measured one");
            CadreClient client = new CadreClient(port(app), app.getBean(ApiTokens.class).issue("admin", "warm-up"));
            warmUp(client, org, 0, null, settings.warmUpSeconds(), Integer.MAX_VALUE);
            forgetTokens(app);
        } finally {
            app.close();
        }
        deleteRecursively(dataDir);
    }

    /**
     * Runs the measured calls for {@code seconds} (at most {@code commands} title changes, each on another person)
     * and then waits until the JVM is quiet.
     */
    private void warmUp(CadreClient client, Org org, int size, Section section, int seconds, int commands) throws Exception {
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(seconds).toNanos();
        AtomicInteger budget = new AtomicInteger(commands);
        List<UUID> people = org.contributors();
        List<String> charts = List.of("/api/org-chart", "/api/org-chart?rootTeamId=" + org.subtreeRoot(),
                "/api/org-chart?asOf=" + org.lastDay().plusDays(1).minusYears(2), "/api/teams/" + org.subtreeRoot(), "/actuator/health");
        String cycle = "/api/people/" + org.rootHead() + "/manager";
        try (ExecutorService pool = Executors.newFixedThreadPool(settings.clients())) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < settings.clients(); c++) {
                int client0 = c;
                running.add(pool.submit(() -> {
                    for (int n = 0; System.nanoTime() < deadline; n++) {
                        int left = client0 < 2 ? 0 : budget.getAndDecrement();
                        if (client0 == 0) {
                            expect(client.get(charts.get(n % charts.size())), 200, "warm-up read");
                        } else if (left > 0) {
                            changeTitle(client, people.get(left % people.size()), "warm-up " + n);
                        } else {
                            // Refused by the rules after the aggregate, the advisory lock, the timeline write and the
                            // cycle query have all run, and rolled back: the command path warms up, the history stays.
                            expect(client.post(cycle, "{\"managerId\":\"" + people.get((n * 31 + client0) % people.size())
                                    + "\",\"reason\":\"Benchmark warm-up: must be refused\"}"), 409, "warm-up cycle");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        }
        double busy = Double.NaN;
        for (int i = 0; i < 30; i++) {
            CpuMeter window = new CpuMeter();
            Thread.sleep(2000);
            busy = window.processMillisPerSecond();
            if (busy < 100) {
                break;
            }
        }
        int changed = Math.min(commands, commands - budget.get());
        log.info("[{}] Warmed up in {} s ({} title changes); the idle JVM then used {} ms of CPU per second", size,
                format(seconds(started)), changed, format(busy));
        if (section != null) {
            section.facts.add(("Warm-up: the JVM first ran the measured calls for %d s on a scratch 500-person org; on this org,"
                    + " %d s of them (%,d title changes, at most one per person, and commands the rules refuse, which record"
                    + " nothing), then %s s until the idle JVM used %s ms of CPU per second").formatted(settings.warmUpSeconds(),
                    seconds, changed, format(seconds(deadline)), format(busy)));
        }
    }

    private void measureCharts(CadreClient client, Org org, int size, Section section) throws InterruptedException {
        LocalDate asOf = org.lastDay().plusDays(1).minusYears(2);
        String whole = "/api/org-chart";
        String subtree = "/api/org-chart?rootTeamId=" + org.subtreeRoot();
        String past = "/api/org-chart?asOf=" + asOf;
        int people = peopleIn(client.get(whole));
        if (people != org.activePeople()) {
            throw new IllegalStateException("The org chart shows " + people + " people, the generator made " + org.activePeople());
        }
        int subtreePeople = peopleIn(client.get(subtree));
        int pastPeople = peopleIn(client.get(past));

        Latencies health = timeCalls(client, "/actuator/health");
        Latencies oneTeam = timeCalls(client, "/api/teams/" + org.subtreeRoot());
        section.notes.add(("Fixed cost of a call on this machine: GET /actuator/health (no authentication, no query) p50 / p95 %s;"
                + " GET /api/teams/{id} with the API token (token lookup, its last use kept to the minute, Axon's query bus, two"
                + " indexed queries) p50 / p95 %s.").formatted(p50p95(health), p50p95(oneTeam)));
        awaitQuiet("the org chart");
        CpuMeter wholeCpu = new CpuMeter();
        Latencies wholeTimes = timeCalls(client, whole);
        String wholeText = marked(p50p95(wholeTimes), wholeCpu);
        CpuMeter subtreeCpu = new CpuMeter();
        Latencies subtreeTimes = timeCalls(client, subtree);
        String subtreeText = marked(p50p95(subtreeTimes), subtreeCpu);
        CpuMeter pastCpu = new CpuMeter();
        Latencies pastTimes = timeCalls(client, past);
        String pastText = marked(p50p95(pastTimes), pastCpu);
        // The chart is kept until the org-chart projection moves on: after each change the next read builds it afresh.
        CpuMeter afreshCpu = new CpuMeter();
        Latencies afreshTimes = new Latencies();
        List<UUID> contributors = org.contributors();
        for (int i = 0; i < AFRESH_CALLS; i++) {
            changeTitle(client, contributors.get(contributors.size() - 1 - i % contributors.size()), "chart " + i);
            afreshTimes.add(expect(client.read(whole), whole).nanos());
        }
        String afreshText = marked(p50p95(afreshTimes), afreshCpu);
        log.info("[{}] Org chart p95: whole {} ms (right after a change {} ms), subtree {} ms, as of {} {} ms", size,
                format(wholeTimes.percentileMillis(95)), format(afreshTimes.percentileMillis(95)),
                format(subtreeTimes.percentileMillis(95)), asOf, format(pastTimes.percentileMillis(95)));

        double wholeLimit = size <= 500 ? 10 : 150;
        section.row("Org chart through REST, whole org (%,d people), p50 / p95".formatted(people), wholeText,
                size <= 500 ? "p95 < 10 ms (500 people)" : "p95 < 150 ms (stated for 50,000)",
                Report.yesNo(wholeTimes.percentileMillis(95) < wholeLimit));
        section.row("Org chart through REST, whole org right after a change (the kept chart patched: %d title changes, each followed by"
                        .formatted(AFRESH_CALLS) + " one timed read), p50 / p95", afreshText,
                size <= 500 ? "p95 < 10 ms (500 people)" : "p95 < 150 ms (stated for 50,000)",
                Report.yesNo(afreshTimes.percentileMillis(95) < wholeLimit));
        section.row("Org chart through REST, subtree '%s' (%,d people), p50 / p95".formatted(org.subtreeName(), subtreePeople),
                subtreeText, "p95 < 10 ms (500-person subtree)", Report.yesNo(subtreeTimes.percentileMillis(95) < 10));
        section.row("Org chart as of %s (%,d people then), p50 / p95".formatted(asOf, pastPeople), pastText,
                "< 500 ms (stated for 50,000)", Report.yesNo(pastTimes.percentileMillis(95) < 500));
    }

    /**
     * The whole org chart on the history's last day as Cadre knew it at a past instant: when the event halfway through the
     * generated history had just been recorded, so that half the changes are known and half are not.
     */
    private void measureRecordedChart(ConfigurableApplicationContext app, CadreClient client, Org org, Section section) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        long events = count(app, "select count(*) from domain_event_entry");
        String instant = jdbc.queryForObject("select time_stamp from domain_event_entry order by global_index offset ? limit 1", String.class,
                events / 2);
        String path = "/api/org-chart?asOf=" + org.lastDay() + "&recordedAt=" + instant;
        int known = peopleIn(client.get(path));
        CpuMeter cpu = new CpuMeter();
        Latencies times = timeCalls(client, path);
        section.row("Org chart as recorded at a past instant (%s: %,d of %,d events recorded by then; %,d people on %s as known then), p50 / p95"
                        .formatted(instant, events / 2 + 1, events, known, org.lastDay()), marked(p50p95(times), cpu),
                "< 2 s (stated for 50,000)", Report.yesNo(times.percentileMillis(95) < 2_000));
    }

    /**
     * Waits for the audit timeline (its own processor, which the commands' barrier does not wait for) to hold every event,
     * then times one filtered page: a person, an actor and a month of that person's changes.
     */
    private void measureAudit(ConfigurableApplicationContext app, CadreClient client, Org org, Section section)
            throws InterruptedException {
        long started = System.nanoTime();
        awaitCaughtUp(app, "audit");
        long entries = count(app, "select count(*) from audit_entry");
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        UUID person = org.contributors().get(0);
        var latest = jdbc.queryForMap("select actor, effective_date from audit_entry where person_ids @> cast(? as uuid[])"
                + " order by position desc limit 1", "{" + person + "}");
        LocalDate month = ((java.sql.Date) latest.get("effective_date")).toLocalDate().withDayOfMonth(1);
        String path = "/api/audit?personId=%s&actor=%s&from=%s&to=%s".formatted(person, latest.get("actor"), month,
                month.plusMonths(1).minusDays(1));
        awaitQuiet("the audit timeline");
        CpuMeter cpu = new CpuMeter();
        Latencies times = timeCalls(client, path);
        section.row("Audit timeline through REST (%,d entries, caught up %s s after the live read models): one filtered page"
                        .formatted(entries, format(seconds(started))) + " (a person, an actor, a month), p50 / p95",
                marked(p50p95(times), cpu), "p95 < 100 ms (stated for 1 million events)", Report.yesNo(times.percentileMillis(95) < 100));
    }

    /** Waits (at most an hour) for a processing group the commands' barrier does not wait for to hold every stored event. */
    private static void awaitCaughtUp(ConfigurableApplicationContext app, String processor) {
        ProcessorStatus processors = app.getBean(ProcessorStatus.class);
        org.awaitility.Awaitility.await("the " + processor + " processor to catch up").atMost(Duration.ofHours(1))
                .pollInterval(Duration.ofMillis(200)).until(() -> processors.lag(processor) == 0);
    }

    /** Every report of product.md §7.4 for the whole org, on the last day of the history and as a 12-month series. */
    private void measureReports(ConfigurableApplicationContext app, CadreClient client, Org org, Section section) throws InterruptedException {
        long waited = System.nanoTime();
        awaitCaughtUp(app, "reports");
        section.notes.add("The reports' processing group caught up %s s after the org chart was measured.".formatted(format(seconds(waited))));
        LocalDate day = org.lastDay();
        for (String report : List.of("headcount?by=team", "headcount?by=level", "span-of-control?", "pyramid?", "attrition?",
                "time-in-level?", "promotions?", "positions?", "objectives?")) {
            String path = "/api/reports/" + report + (report.endsWith("?") ? "" : "&");
            Latencies one = timeCalls(client, path + "asOf=" + day);
            Latencies series = timeCalls(client, path + "from=" + day.minusMonths(11) + "&to=" + day + "&interval=month");
            section.row("Report %s, one date, p50 / p95".formatted(report.replace("?", "")), p50p95(one), "p95 < 300 ms (stated for 50,000)",
                    Report.yesNo(one.percentileMillis(95) < 300));
            section.row("Report %s, 12-month series, p50 / p95".formatted(report.replace("?", "")), p50p95(series), "< 1 s (stated for 50,000)",
                    Report.yesNo(series.percentileMillis(95) < 1_000));
        }
    }

    /** The pipeline and the objectives, on the shipped ladder the generated organisation's levels come from. */
    private void measureWorkspace(ConfigurableApplicationContext app, CadreClient client, Section section) throws Exception {
        if (!settings.parts().contains(WORKSPACE_PART)) {
            return;
        }
        WorkspaceBench.publishLadder(app, client);
        WorkspaceBench workspace = new WorkspaceBench(app, client, path -> timeCalls(client, path));
        awaitQuiet("the pipeline");
        workspace.measurePipeline(section);
        awaitQuiet("the objectives");
        workspace.measureObjectives(section);
        workspace.measureGrowthModel(section, settings.chartCalls());
        workspace.measureScenario(section);
    }

    private Latencies timeCalls(CadreClient client, String path) {
        for (int i = 0; i < Math.min(10, settings.chartCalls()); i++) {
            expect(client.read(path), path);
        }
        Latencies times = new Latencies();
        for (int i = 0; i < settings.chartCalls(); i++) {
            times.add(expect(client.read(path), path).nanos());
        }
        return times;
    }

    private void measureCommands(CadreClient client, Org org, int size, Section section) throws Exception {
        List<UUID> people = org.contributors();
        awaitQuiet("one command at a time");
        Latencies single = new Latencies();
        CpuMeter singleCpu = new CpuMeter();
        for (int i = 0; i < settings.commandCalls(); i++) {
            single.add(changeTitle(client, people.get(i % people.size()), "single " + i).nanos());
        }
        String singleCost = singleCpu.describe(single.count(), "command") + " (this JVM by thread: " + singleCpu.byThread(5) + ")";
        log.info("[{}] One command at a time: p50 {} ms, p99 {} ms", size, format(single.percentileMillis(50)),
                format(single.percentileMillis(99)));
        section.row("One command through REST (title change, answer after the read models), p50 / p99",
                marked("%s / %s ms".formatted(format(single.percentileMillis(50)), format(single.percentileMillis(99))), singleCpu),
                size == 500 ? "p99 < 50 ms (500-person org)" : "p99 < 50 ms (stated for 500)",
                size == 500 ? Report.yesNo(single.percentileMillis(99) < 50) : "-");

        int clients = settings.clients();
        int share = Math.max(1, people.size() / clients);
        section.facts.add(settleCompiler(client, people, clients, share / 4));
        awaitQuiet("the concurrent commands");
        CpuMeter loadCpu = new CpuMeter();
        Load load = runLoad(client, people, clients, settings.concurrentSeconds(), 0);
        String loadCost = loadCpu.describe(load.times().count() + load.refused(), "command") + " (this JVM by thread: "
                + loadCpu.byThread(5) + ")";
        double rate = load.times().count() / load.seconds();
        log.info("[{}] {} clients: {} commands/s (p50 {} ms, p99 {} ms), {} refused", size, clients, format(rate),
                format(load.times().percentileMillis(50)), format(load.times().percentileMillis(99)), load.refused());
        section.row("Commands through REST, %d concurrent clients for %d s (title changes, each client its own people)"
                        .formatted(clients, settings.concurrentSeconds()),
                marked("%,.0f commands/s (p50 %s ms, p99 %s ms, max %s ms%s)".formatted(rate, format(load.times().percentileMillis(50)),
                        format(load.times().percentileMillis(99)), format(load.times().maxMillis()),
                        load.refused() == 0 ? "" : ", " + load.refused() + " answered " + load.lastStatus()), loadCpu),
                ">= 1,000 per second", Report.yesNo(rate >= 1000 && load.refused() == 0));
        if (load.seconds() > settings.concurrentSeconds() * 1.2) {
            section.notes.add("The concurrent run took %s s for a %d s window: its slowest command took %s ms and started %s s into it."
                    .formatted(format(load.seconds()), settings.concurrentSeconds(), format(load.times().maxMillis()),
                            format(load.times().slowestStartSeconds())));
        }
        section.notes.add("One command at a time: " + singleCost + ". With " + clients + " clients: " + loadCost + ".");

        // Sampling stacks stops every thread many times a second, so it runs in a window of its own after the measured one.
        ThreadSampler sampler = new ThreadSampler();
        Load sampled = runLoad(client, people, clients, DIAGNOSIS_SECONDS, share / 2);
        sampler.close();
        section.notes.add(("Where the server's request threads were in a further %d s of the same load with stacks sampled every"
                + " %d ms (%,.0f commands/s while sampled; share of samples, innermost Cadre frame, then Axon's; \"parked\" is a"
                + " lock or the read-model barrier's poll):").formatted(DIAGNOSIS_SECONDS, ThreadSampler.INTERVAL_MILLIS,
                sampled.times().count() / sampled.seconds())
                + "\n\n```\n" + String.join("\n", sampler.requestThreads(8))
                + "\n```\n\nThe projections' threads meanwhile:\n\n```\n" + String.join("\n", sampler.projectionThreads(6)) + "\n```");
    }

    /**
     * Runs the concurrent load in rounds of {@link #SETTLE_ROUND_SECONDS} until the JIT compiler spends less than
     * {@link #SETTLED_COMPILE_MILLIS} of a round compiling, at most {@code bench.settle-rounds} rounds; answers what it did,
     * for the report. On 2 cores the C2 compiler keeps one core busy for minutes under this load (about 4,800 methods
     * and 150 s of compiling in one run, measured with JFR), so a window right after the warm-up measures the compiler
     * as much as Cadre. The rounds change other people than the measured window ({@code start} positions on).
     */
    private String settleCompiler(CadreClient client, List<UUID> people, int clients, int start) throws Exception {
        var compiler = ManagementFactory.getCompilationMXBean();
        List<String> rounds = new ArrayList<>();
        int position = start;
        for (int round = 0; round < settings.settleRounds(); round++) {
            long compiled = compiler.getTotalCompilationTime();
            Load load = runLoad(client, people, clients, SETTLE_ROUND_SECONDS, position);
            long compiling = compiler.getTotalCompilationTime() - compiled;
            position += load.times().count() / clients + 1;
            rounds.add("%,.0f/s with %,d ms of compiling".formatted(load.times().count() / load.seconds(), compiling));
            if (compiling < SETTLED_COMPILE_MILLIS) {
                log.info("JIT settled after {} rounds: {}", rounds.size(), rounds);
                return "Before the concurrent window, the same load ran in %d s rounds until the JIT compiler took under %,d ms of"
                        .formatted(SETTLE_ROUND_SECONDS, SETTLED_COMPILE_MILLIS) + " a round: " + String.join("; ", rounds);
            }
        }
        log.info("JIT not settled after {} rounds: {}", rounds.size(), rounds);
        if (rounds.isEmpty()) {
            return "No rounds of the load ran before the concurrent window (bench.settle-rounds=0): it measures the compiler too";
        }
        return "Before the concurrent window, the same load ran in %d s rounds, but the JIT compiler still took %,d ms or more in"
                .formatted(SETTLE_ROUND_SECONDS, SETTLED_COMPILE_MILLIS) + " each of the " + rounds.size() + " (bench.settle-rounds): "
                + String.join("; ", rounds) + "; the window measures the compiler too";
    }

    /** What a concurrent load achieved: the answered commands' times, the refusals, and how long it really ran. */
    private record Load(Latencies times, int refused, long lastStatus, double seconds) {
    }

    /**
     * Runs {@code clients} clients changing titles for {@code seconds}; client {@code c} changes only the people at
     * positions c, c + clients, ..., so no two clients ever change the same person. {@code start} is where in its share
     * every client begins, so that another run changes other people.
     */
    private static Load runLoad(CadreClient client, List<UUID> people, int clients, int seconds, int start) throws Exception {
        Latencies times = new Latencies();
        AtomicInteger refused = new AtomicInteger();
        AtomicLong lastStatus = new AtomicLong();
        int share = Math.max(1, people.size() / clients);
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(seconds).toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c;
                running.add(pool.submit(() -> {
                    for (int n = 0; System.nanoTime() < deadline; n++) {
                        int index = first + clients * ((n + start) % share);
                        CadreClient.Answer answer = changeTitleAnswer(client, people.get(index % people.size()), "load " + n);
                        if (answer.status() == 200) {
                            times.add(answer.nanos());
                        } else {
                            refused.incrementAndGet();
                            lastStatus.set(answer.status());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        }
        return new Load(times, refused.get(), lastStatus.get(), seconds(started));
    }

    private static CadreClient.Answer changeTitle(CadreClient client, UUID person, String tag) {
        return expect(changeTitleAnswer(client, person, tag), 200, "title change");
    }

    private static CadreClient.Answer changeTitleAnswer(CadreClient client, UUID person, String tag) {
        return client.post("/api/people/" + person + "/title",
                "{\"title\":\"Benchmark title " + tag + "\",\"reason\":\"Benchmark\"}");
    }

    private static void measureHeap(Section section) {
        var memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        long used = memory.getHeapMemoryUsage().getUsed() >> 20;
        long max = Runtime.getRuntime().maxMemory() >> 20;
        section.row("Heap used after a full GC, org loaded (Cadre and the benchmark's client in one JVM)",
                "%,d MiB of %,d MiB max".formatted(used, max), "runs in a 1 GiB heap (50,000 people, 1 million events)",
                max <= 1024 ? "yes" : "- (max heap above 1 GiB)");
    }

    private void measureRebuild(ConfigurableApplicationContext app, int size, Section section) throws InterruptedException {
        long events = count(app, "select count(*) from domain_event_entry");
        List<Double> rates = new ArrayList<>();
        List<String> rebuilt = List.of();
        double other = 0;
        for (int run = 1; run <= settings.rebuilds(); run++) {
            awaitQuiet("the rebuild");
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            String walBefore = jdbc.queryForObject("select pg_current_wal_insert_lsn()::text", String.class);
            long checkpointsBefore = count(app, CHECKPOINTS);
            long allocatedBefore = allocatedBytes();
            long started = System.nanoTime();
            CpuMeter cpu = new CpuMeter();
            ProjectionRebuild.Rebuilt answer = app.getBean(ProjectionRebuild.class).rebuildAll(Duration.ofHours(1));
            long allocated = allocatedBytes() - allocatedBefore;
            rebuilt = answer.processors();
            double elapsed = seconds(started);
            Long wal = jdbc.queryForObject("select (pg_current_wal_insert_lsn() - cast(? as pg_lsn))::bigint", Long.class, walBefore);
            double rate = events / elapsed;
            rates.add(rate);
            other = Math.max(other, cpu.otherShare());
            section.notes.add("Rebuild" + (settings.rebuilds() > 1 ? " " + run + " of " + settings.rebuilds() : "") + ": "
                    + "%,.0f events/s in %s s; ".formatted(rate, format(elapsed)) + cpu.describe(events, "event")
                    + "; each group's replay, side by side from one reading of the store, done after: "
                    + answer.replayTimes().entrySet().stream().map(e -> e.getKey() + " " + format(e.getValue().toMillis() / 1000.0) + " s")
                            .collect(java.util.stream.Collectors.joining(", "))
                    + "; the rebuilt tables' deferred indexes, analysis and move into place took %s s".formatted(
                            format(answer.installTime().toMillis() / 1000.0))
                    + "; the JVM allocated %,d KiB per event; PostgreSQL wrote %,d MiB of WAL (%,d bytes per event) and took %d"
                            .formatted(allocated / 1024 / Math.max(1, events), wal >> 20, wal / Math.max(1, events),
                                    count(app, CHECKPOINTS) - checkpointsBefore)
                    + " checkpoints meanwhile.");
            requireConsistentTimeline(app.getBean(JdbcTemplate.class));
            log.info("[{}] Rebuilt {} from {} events in {} s: {} events/s", size, rebuilt, events, format(elapsed), format(rate));
        }
        double median = median(rates);
        String measured = rates.size() == 1
                ? "%,.0f events/s (%,d events in %s s)".formatted(median, events, format(events / median))
                : "%,.0f events/s (%,d events; median of %d runs: %s)".formatted(median, events, rates.size(),
                        rates.stream().map(rate -> "%,.0f".formatted(rate)).collect(java.util.stream.Collectors.joining(", ")));
        section.row(("Full projection rebuild (ProjectionRebuild.rebuildAll: %s; every event replayed in batches of %,d, then"
                        + " the processor, %s, takes over)").formatted(String.join(" + ", rebuilt), ProjectionRebuild.REPLAY_BATCH,
                        processorSettings(app)),
                marked(measured, other), ">= 20,000 events/s", Report.yesNo(median >= 20_000));
    }

    /**
     * How fast any rebuild into these read models could go on this machine: PostgreSQL alone writing the rows a rebuild
     * leaves ({@link RebuildCeiling}), with every index as it is, then with the secondary ones built after the rows.
     */
    private void measureRebuildCeiling(ConfigurableApplicationContext app, Section section) throws Exception {
        awaitQuiet("the rebuild's ceiling");
        long events = count(app, "select count(*) from domain_event_entry");
        Set<String> tables = app.getBean(ProjectionRebuild.class).tables();
        int cores = Runtime.getRuntime().availableProcessors();
        RebuildCeiling ceiling = new RebuildCeiling(app.getBean(DataSource.class), cores);
        CpuMeter cpu = new CpuMeter();
        RebuildCeiling.Pass indexed = ceiling.copyAll(tables, false);
        String indexedCpu = cpu.describe(events, "event");
        cpu = new CpuMeter();
        RebuildCeiling.Pass indexedAfter = ceiling.copyAll(tables, true);
        String indexedAfterCpu = cpu.describe(events, "event");
        double rate = events / indexed.seconds();
        double rateIndexedAfter = events / indexedAfter.seconds();
        section.row(("Ceiling of any rebuild into these read models: the %,d rows a rebuild leaves in %d tables (%.1f per event),"
                        + " copied inside PostgreSQL alone, %,d rows a statement, on %d connections (RebuildCeiling)")
                        .formatted(indexed.rows(), tables.size(), (double) indexed.rows() / events, RebuildCeiling.ROWS, cores),
                "%,.0f events/s (%s s); with the secondary indexes built after the rows: %,.0f events/s (%s s)".formatted(
                        rate, format(indexed.seconds()), rateIndexedAfter, format(indexedAfter.seconds())),
                ">= 20,000 events/s (the rebuild's target)", "- (a bound, not a rebuild)");
        section.notes.add("Ceiling, every index kept: " + indexedCpu + "; each table's copy on its connection: " + indexed.tables() + ".");
        section.notes.add("Ceiling, secondary indexes built after: " + indexedAfterCpu + " (PostgreSQL's parallel index builders"
                + " end before they are counted, so their CPU shows as elsewhere or not at all); each table's copy and index builds: "
                + indexedAfter.tables() + ".");
        log.info("Rebuild ceiling: {} events/s with every index, {} with the secondary ones built after", format(rate), format(rateIndexedAfter));
    }

    /** Bytes this JVM's threads have allocated since it started, those that ended included. */
    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /**
     * The same rebuild on the same database in a second Cadre whose processors have Axon's defaults: Spring Boot's
     * tracking processor (batch size 1, one thread, one segment) or Axon's pooled one (batch size 1, 16 segments,
     * 4 threads), both reading the event store directly. A slow replay is stopped at the time limit and its rate
     * taken from the events its slowest segment had handled by then, as last seen before the limit.
     */
    private void measureBaseline(Path dataDir, String password, String mode, Section section) throws IOException, InterruptedException {
        List<String> overrides = new ArrayList<>();
        for (String processor : PROCESSORS) {
            String prefix = "--axon.eventhandling.processors." + processor + ".";
            overrides.add(prefix + "mode=" + mode);
            overrides.add(prefix + "batch-size=1");
            overrides.add(prefix + "thread-count=" + (mode.equals("tracking") ? 1 : 4));
            overrides.add(prefix + "initial-segment-count=" + (mode.equals("tracking") ? 1 : 16));
            overrides.add(prefix + "source=eventBus");
        }
        ConfigurableApplicationContext app = start(dataDir, password, overrides);
        try {
            long events = count(app, "select count(*) from domain_event_entry");
            awaitQuiet("the " + mode + " rebuild");
            long started = System.nanoTime();
            CpuMeter cpu = new CpuMeter();
            boolean finished;
            long handled = 0;
            double elapsed = 0;
            try (ExecutorService runner = Executors.newSingleThreadExecutor()) {
                Future<?> rebuild = runner.submit(() ->
                        app.getBean(ProjectionRebuild.class).rebuildByProcessors(Duration.ofSeconds(settings.baselineSeconds())));
                // Where its slowest segment is, until the time limit: a rebuild stopped there puts the old tokens back.
                while (!rebuild.isDone() && seconds(started) < settings.baselineSeconds()) {
                    handled = slowestPosition(app.getBean(EventProcessingConfiguration.class));
                    elapsed = seconds(started);
                    Thread.sleep(200);
                }
                try {
                    rebuild.get();
                    finished = true;
                    handled = events;
                    elapsed = seconds(started);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof RebuildFailed)) {
                        throw new IllegalStateException("The " + mode + " rebuild failed", e.getCause());
                    }
                    finished = false;
                }
            }
            double rate = handled / Math.max(elapsed, 0.001);
            log.info("[{} baseline] {} of {} events in {} s: {} events/s", mode, handled, events, format(elapsed), format(rate));
            String setting = mode.equals("tracking") ? "Spring Boot's default: tracking, batch 1, 1 segment"
                    : "Axon's default pooled: batch 1, 16 segments, 4 threads";
            section.row("Same rebuild with %s".formatted(setting),
                    marked("%,.0f events/s (%s)".formatted(rate, finished ? "%,d events in %s s".formatted(events, format(elapsed))
                            : "stopped after %s s at %,d of %,d events".formatted(format(elapsed), handled, events)), cpu),
                    mode.equals("tracking") ? "reference: about 1,100 events/s" : "reference: about 2,900 events/s", "-");
            forgetTokens(app);
        } finally {
            app.close();
        }
    }

    /**
     * An HRIS import of {@code size} new people into an empty Cadre of its own: the file goes in through POST
     * /api/imports/people and the import is timed until GET /api/imports/{id} says COMPLETED, which it says once the
     * read models hold every change it made.
     */
    private void measureImport(int size, String password, Section section) throws Exception {
        Path dataDir = Files.createTempDirectory("cadre-bench-import-" + size + "-");
        ConfigurableApplicationContext app = start(dataDir, password, List.of());
        try {
            if (!settings.parts().contains(ORG_PART)) {
                section.facts.add(database(app));
            }
            CadreClient client = new CadreClient(port(app), app.getBean(ApiTokens.class).issue("admin", "benchmark import"));
            String csv = ImportFile.people(size, LocalDate.now(app.getBean(Clock.class)));
            awaitQuiet("the import");
            CpuMeter cpu = new CpuMeter();
            long started = System.nanoTime();
            var answer = expect(client.post("/api/imports/people", csv, "text/csv"), 202, "import");
            String path = "/api/imports/" + JSON.readTree(answer.body()).get("id").asText();
            tools.jackson.databind.JsonNode progress;
            do {
                Thread.sleep(100);
                progress = JSON.readTree(expect(client.get(path), 200, "import progress").body());
            } while (!Set.of("COMPLETED", "FAILED").contains(progress.get("status").asText()));
            double elapsed = seconds(started);
            if (!"COMPLETED".equals(progress.get("status").asText()) || progress.get("failed").asInt() != 0
                    || progress.get("done").asInt() != size) {
                throw new IllegalStateException("The import ended " + progress.get("status").asText() + " with "
                        + progress.get("failed").asInt() + " refused lines: " + progress.get("errors"));
            }
            int people = peopleIn(client.get("/api/org-chart"));
            if (people != size) {
                throw new IllegalStateException("After the import the org chart shows " + people + " people, not " + size);
            }
            double rate = size / elapsed;
            log.info("[{}] Imported {} people in {} s: {} rows/s", size, size, format(elapsed), format(rate));
            section.row("HRIS import of %,d people into an empty Cadre (POST /api/imports/people until COMPLETED; %,d departments formed)"
                            .formatted(size, (size + ImportFile.DEPARTMENT - 1) / ImportFile.DEPARTMENT),
                    marked("%s s (%,.0f rows/s)".formatted(format(elapsed), rate), cpu),
                    size == 50_000 ? "< 60 s (50,000 people)" : "< 60 s for 50,000 (>= 834 rows/s)",
                    Report.yesNo(size == 50_000 ? elapsed < 60 : rate >= 50_000 / 60.0));
            section.notes.add("Import: " + cpu.describe(size, "row") + ".");
        } finally {
            app.close();
        }
        deleteRecursively(dataDir);
    }

    /** The org-chart processor's settings as this Cadre runs it, so the row says what was measured even after a change. */
    private static String processorSettings(ConfigurableApplicationContext app) {
        String prefix = "axon.eventhandling.processors." + ReadModels.PROCESSOR + ".";
        var env = app.getEnvironment();
        return "%s, batch %s, %s segment(s), %s thread(s)".formatted(env.getProperty(prefix + "mode", "tracking"),
                env.getProperty(prefix + "batch-size", "1"), env.getProperty(prefix + "initial-segment-count", "1"),
                env.getProperty(prefix + "thread-count", "1"));
    }

    /** The lowest position any segment of any streaming processor has reached: the replay is done up to there. */
    private static long slowestPosition(EventProcessingConfiguration processing) {
        long slowest = Long.MAX_VALUE;
        for (StreamingEventProcessor processor : streamingProcessors(processing)) {
            for (EventTrackerStatus status : processor.processingStatus().values()) {
                TrackingToken token = status.getTrackingToken();
                slowest = Math.min(slowest, token == null ? 0 : token.position().orElse(0));
            }
        }
        return slowest == Long.MAX_VALUE ? 0 : slowest;
    }

    /**
     * Stops the processors and drops their tokens, so that the next Cadre on this database creates them with its
     * own segment count (a stored token keeps the segments it was created with).
     */
    private static void forgetTokens(ConfigurableApplicationContext app) {
        streamingProcessors(app.getBean(EventProcessingConfiguration.class)).forEach(StreamingEventProcessor::shutDown);
        app.getBean(JdbcTemplate.class).update("delete from token_entry where processor_name = ?", ReadModels.PROCESSOR);
    }

    /** EXPLAIN ANALYZE of the org chart's two queries, as OrgQueries sends them, for today and for the as-of date. */
    private void explain(ConfigurableApplicationContext app, int size, Org org) throws IOException {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        String onDate = "s.valid_from <= '%1$s' and (s.valid_to is null or s.valid_to > '%1$s')";
        String teams = "select s.team_id, s.name, s.kind, s.parent_id, s.lead_id from chart_team_state s where s.active and "
                + onDate + " order by lower(s.name), s.team_id";
        String people = "select s.person_id, d.name, s.title, s.team_id, s.manager_id, s.level from chart_person_state s"
                + " left join person_data d on d.person_id = s.person_id where s.active and " + onDate
                + " order by lower(d.name), s.person_id";
        StringBuilder text = new StringBuilder(Files.exists(plans) ? "" : "# Query plans of the org chart (EXPLAIN ANALYZE, BUFFERS)\n\n");
        text.append("## %,d people\n\n".formatted(size));
        text.append("Rows: chart_person_state %,d, chart_team_state %,d, person_data %,d.\n\n".formatted(
                count(app, "select count(*) from chart_person_state"), count(app, "select count(*) from chart_team_state"),
                count(app, "select count(*) from person_data")));
        LocalDate today = org.lastDay().plusDays(1);
        for (LocalDate date : List.of(today, today.minusYears(2))) {
            for (String query : List.of(teams, people)) {
                String sql = query.formatted(date);
                text.append("```\n").append(sql).append("\n\n");
                jdbc.queryForList("explain (analyze, buffers) " + sql, String.class).forEach(line -> text.append(line).append('\n'));
                text.append("```\n\n");
            }
        }
        Files.writeString(plans, text, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    // ---- plumbing ----

    /** Waits for other processes to leave the machine alone before a measurement (see {@link CpuMeter#awaitQuietMachine}). */
    private void awaitQuiet(String before) throws InterruptedException {
        double other = CpuMeter.awaitQuietMachine(settings.quietWaitSeconds(), share ->
                log.info("Waiting before {}: other processes use {}% of the CPU", before, Math.round(share * 100)));
        if (other >= 0.10) {
            log.warn("Measuring {} although other processes use {}% of the CPU", before, Math.round(other * 100));
        }
    }

    /** A figure's text, marked when other processes took a noticeable share of the CPU while it was measured. */
    private static String marked(String measured, CpuMeter meter) {
        return marked(measured, meter.otherShare());
    }

    /** A figure's text, marked when other processes took this share of the CPU while it was measured. */
    private static String marked(String measured, double other) {
        return other < 0.05 ? measured : measured + " (disturbed: other processes used %d%% of the CPU)".formatted(Math.round(other * 100));
    }

    private ConfigurableApplicationContext start(Path dataDir, String password, List<String> overrides) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--cadre.data-dir=" + dataDir,
                "--cadre.admin-password=" + password,
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.io.cadre.bench=INFO"));
        args.addAll(settings.appArgs());
        args.addAll(overrides);
        // Command-line arguments, not default properties: those rank below application.yaml and could not override it.
        return new SpringApplicationBuilder(CadreApplication.class).logStartupInfo(false).run(args.toArray(String[]::new));
    }

    /** The database the figures come from: its version and the settings that weigh most on commits and scans. */
    private static String database(ConfigurableApplicationContext app) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        String version = jdbc.queryForObject("select split_part(version(), ' on ', 1)", String.class);
        return "Database: embedded %s; synchronous_commit=%s, fsync=%s, shared_buffers=%s, work_mem=%s".formatted(version,
                jdbc.queryForObject("show synchronous_commit", String.class), jdbc.queryForObject("show fsync", String.class),
                jdbc.queryForObject("show shared_buffers", String.class), jdbc.queryForObject("show work_mem", String.class));
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static List<StreamingEventProcessor> streamingProcessors(EventProcessingConfiguration processing) {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
    }

    /** Checkpoints PostgreSQL has taken since it started, timed or requested (PostgreSQL 17 counts them here). */
    private static final String CHECKPOINTS = "select num_timed + num_requested from pg_stat_checkpointer";

    private static long count(ConfigurableApplicationContext app, String sql) {
        Long value = app.getBean(JdbcTemplate.class).queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    private static int peopleIn(CadreClient.Answer answer) {
        expect(answer, 200, "org chart");
        return JSON.readTree(answer.body()).get("people").size();
    }

    static CadreClient.Read expect(CadreClient.Read read, String what) {
        if (read.status() != 200) {
            throw new IllegalStateException(what + " answered " + read.status() + ": " + read.error());
        }
        return read;
    }

    static CadreClient.Answer expect(CadreClient.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    static String p50p95(Latencies times) {
        return "%s / %s ms".formatted(format(times.percentileMillis(50)), format(times.percentileMillis(95)));
    }

    private static String format(double value) {
        return value >= 100 ? "%,.0f".formatted(value) : value >= 10 ? "%.1f".formatted(value) : "%.2f".formatted(value);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** What to run, from system properties (the bench profile passes them on from Maven). */
    record Settings(List<Integer> sizes, int years, long seed, Path report, int warmUpSeconds, int chartCalls, int commandCalls,
                    int clients, int concurrentSeconds, List<String> baselines, int baselineSeconds, List<String> appArgs,
                    int quietWaitSeconds, boolean keepData, Set<String> parts, Set<String> orgMeasures, int rebuilds,
                    int settleRounds) {

        /** Whether the org part measures {@code what} (rules, reads, commands, heap, rebuild): all unless narrowed. */
        boolean measures(String what) {
            return orgMeasures.contains(what);
        }

        static Settings fromSystemProperties() {
            return new Settings(
                    Arrays.stream(System.getProperty("bench.sizes", "500,5000,50000").split(","))
                            .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList(),
                    Integer.getInteger("bench.years", 3),
                    Long.getLong("bench.seed", 42),
                    Path.of(System.getProperty("bench.report", "target/benchmark.md")),
                    Integer.getInteger("bench.warm-up-seconds", 60),
                    Integer.getInteger("bench.chart-calls", 50),
                    Integer.getInteger("bench.command-calls", 200),
                    Integer.getInteger("bench.clients", 8),
                    Integer.getInteger("bench.concurrent-seconds", 10),
                    Arrays.stream(System.getProperty("bench.baselines", "tracking,pooled").split(","))
                            .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList(),
                    Integer.getInteger("bench.baseline-seconds", 120),
                    // Extra arguments for every Cadre the benchmark starts, to measure a setting before changing it.
                    Arrays.stream(System.getProperty("bench.app-args", "").split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList(),
                    // On a shared machine, how long to wait for other processes to go quiet before each measurement.
                    Integer.getInteger("bench.quiet-wait-seconds", 900),
                    // Keeps each size's database directory, to study its query plans after the run.
                    Boolean.getBoolean("bench.keep-data"),
                    // Which parts to measure for each size: "org" (the generated org, with the baselines), "workspace" (the
                    // pipeline and the objectives on that org), "import"; any of them.
                    parts(System.getProperty("bench.parts", ORG_PART + "," + WORKSPACE_PART + "," + IMPORT_PART)),
                    // What the org part measures after loading and warming up, to study one figure in a shorter run.
                    orgMeasures(System.getProperty("bench.org-measures", String.join(",", ORG_MEASURES))),
                    // How many full rebuilds to run one after the other: the figure is their median, since one run of the
                    // same code varies by up to a third on a shared machine.
                    rebuilds(Integer.getInteger("bench.rebuilds", 1)),
                    // At most how many 10 s rounds of the concurrent load run before its window, until the JIT compiler settles.
                    settleRounds(Integer.getInteger("bench.settle-rounds", 12)));
        }

        private static int rebuilds(int rebuilds) {
            if (rebuilds < 1 || rebuilds > 9) {
                throw new IllegalArgumentException("bench.rebuilds is how many full rebuilds to run, 1 to 9, not " + rebuilds);
            }
            return rebuilds;
        }

        private static int settleRounds(int rounds) {
            if (rounds < 0 || rounds > 60) {
                throw new IllegalArgumentException("bench.settle-rounds is at most how many 10 s rounds to run, 0 to 60, not " + rounds);
            }
            return rounds;
        }

        private static Set<String> orgMeasures(String text) {
            Set<String> measures = Arrays.stream(text.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                    .filter(s -> !s.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
            if (measures.isEmpty() || !ORG_MEASURES.containsAll(measures)) {
                throw new IllegalArgumentException("bench.org-measures names what the org part measures, any of "
                        + String.join(", ", ORG_MEASURES) + ", not '" + text + "'");
            }
            return measures;
        }

        private static Set<String> parts(String text) {
            Set<String> parts = Arrays.stream(text.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                    .filter(s -> !s.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
            if (parts.isEmpty() || !Set.of(ORG_PART, WORKSPACE_PART, IMPORT_PART).containsAll(parts)) {
                throw new IllegalArgumentException("bench.parts names the parts to measure, org, workspace and/or import, not '" + text + "'");
            }
            return parts;
        }
    }
}
