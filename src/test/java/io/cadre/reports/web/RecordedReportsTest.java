package io.cadre.reports.web;

import static io.cadre.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.cadre.access.service.ApiTokens;
import io.cadre.ladder.Ladders;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.org.api.PersonHired;
import io.cadre.pipeline.api.PositionApproved;
import io.cadre.pipeline.api.PositionCancelled;
import io.cadre.pipeline.api.PositionEvent;
import io.cadre.pipeline.api.PositionFilled;
import io.cadre.pipeline.api.PositionFrozen;
import io.cadre.pipeline.api.PositionOpened;
import io.cadre.pipeline.api.PositionUnfrozen;
import io.cadre.pipeline.api.PromotionDecided;
import io.cadre.pipeline.api.PromotionEvent;
import io.cadre.pipeline.api.PromotionNominated;
import io.cadre.planning.api.CheckInRecorded;
import io.cadre.planning.api.KeyResult;
import io.cadre.planning.api.ObjectiveEvent;
import io.cadre.planning.api.ObjectiveStatus;
import io.cadre.planning.api.ObjectiveStatusChanged;
import io.cadre.planning.api.ObjectiveWritten;
import io.cadre.planning.api.Period;
import io.cadre.platform.projection.ProcessorStatus;
import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The positions, promotions and objectives reports "as recorded at" an instant equal a fold, written here apart from
 * Cadre's, of the events the event store holds with a record time up to that instant. A seeded history of positions,
 * promotion cases and objectives, most of them back-dated, is sent through the API; for many random (asOf, recordedAt)
 * pairs, with record times drawn around the stored events' own, each report is compared for the whole organisation and
 * a subtree, for one date, as a series and as CSV.
 */
@IntegrationTest
@TestPropertySource(properties = "cadre.test.context=recorded-reports")
class RecordedReportsTest {

    private static final int RANDOM_COMMANDS = 90;
    private static final int PAIRS = 30;
    private static final List<String> OPEN = List.of("PROPOSED", "APPROVED", "FROZEN");
    private static final List<String> LEVELS = List.of("eng/junior", "eng/mid", "eng/senior", "eng/staff");

    private static History history;

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    ProcessorStatus processors;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;

    @BeforeEach
    void sendTheHistoryOnce() {
        api = Api.bearer(port, tokens.issue("admin", "recorded-reports-test"));
        if (history == null) {
            history = new History(new Random(2_027), api);
            history.send();
        }
        history.events = storedEvents(history);
        await().atMost(Duration.ofSeconds(30)).until(() -> processors.lag("reports") == 0);
    }

    @Test
    void positionsAsRecordedAreTheFoldOfThePositionEventsRecordedByThen() {
        assertThat(history.events).as("back-dated position changes").anyMatch(r -> r.payload() instanceof PositionEvent p
                && p.effectiveDate().isBefore(r.at().atZone(ZoneOffset.UTC).toLocalDate().minusDays(30)));
        Random random = new Random(7);
        for (int i = 0; i < PAIRS; i++) {
            Instant at = history.instant(random);
            LocalDate asOf = history.date(random);
            UUID root = random.nextBoolean() ? history.root : history.teamA;
            String context = "asOf " + asOf + ", recordedAt " + at + ", root " + root;
            JsonNode report = api.get("/api/reports/positions?asOf=" + asOf + "&recordedAt=" + at + "&rootTeamId=" + root).expect(200).json();
            Map<String, String> expected = positions(at, asOf, history.scope(root));
            assertThat(positionRows(report)).as("positions; %s", context).isEqualTo(expected);
            assertThat(report.get("open").asInt()).as("open; %s", context)
                    .isEqualTo(expected.values().stream().mapToInt(v -> Integer.parseInt(v.substring(0, v.indexOf('|')))).sum());
        }
    }

    @Test
    void promotionsAsRecordedAreTheFoldOfThePromotionEventsRecordedByThen() {
        assertThat(history.events).as("decided cases").anyMatch(r -> r.payload() instanceof PromotionDecided);
        Random random = new Random(11);
        boolean sawSome = false;
        for (int i = 0; i < PAIRS; i++) {
            Instant at = history.instant(random);
            LocalDate asOf = history.date(random);
            UUID root = random.nextBoolean() ? history.root : history.teamA;
            String context = "asOf " + asOf + ", recordedAt " + at + ", root " + root;
            JsonNode report = api.get("/api/reports/promotions?asOf=" + asOf + "&recordedAt=" + at + "&rootTeamId=" + root).expect(200).json();
            Map<String, String> expected = promotions(at, asOf.minusYears(1), asOf, asOf, history.scope(root));
            assertThat(promotionRows(report)).as("promotions; %s", context).isEqualTo(expected);
            assertThat(report.get("nominated").asInt()).as("nominated; %s", context)
                    .isEqualTo(expected.values().stream().mapToInt(v -> Integer.parseInt(v.split("\\|")[0])).sum());
            sawSome |= !expected.isEmpty();
        }
        assertThat(sawSome).as("some pair sees promotion cases").isTrue();
    }

    @Test
    void objectivesAsRecordedAreTheFoldOfTheObjectiveEventsRecordedByThen() {
        Random random = new Random(13);
        boolean sawProgress = false;
        for (int i = 0; i < PAIRS; i++) {
            Instant at = history.instant(random);
            LocalDate asOf = history.date(random);
            UUID root = random.nextBoolean() ? history.root : history.teamA;
            String period = Period.quarterOf(asOf.minusMonths(random.nextInt(2) * 3L)).toString();
            String context = "asOf " + asOf + ", recordedAt " + at + ", root " + root + ", period " + period;
            JsonNode report = api.get("/api/reports/objectives?period=" + period + "&asOf=" + asOf + "&recordedAt=" + at
                    + "&rootTeamId=" + root).expect(200).json();
            Map<String, Object[]> expected = objectives(at, asOf, period, root);
            Map<String, Object[]> shown = objectiveRows(report);
            assertThat(shown.keySet()).as("teams; %s", context).isEqualTo(expected.keySet());
            for (String team : expected.keySet()) {
                assertThat(shown.get(team)[0]).as("objectives of %s; %s", team, context).isEqualTo(expected.get(team)[0]);
                for (int p = 1; p <= 2; p++) {
                    Double want = (Double) expected.get(team)[p];
                    Double got = (Double) shown.get(team)[p];
                    if (want == null) {
                        assertThat(got).as("progress %d of %s; %s", p, team, context).isNull();
                    } else {
                        assertThat(got).as("progress %d of %s; %s", p, team, context).isNotNull().isCloseTo(want, within(2e-4));
                        sawProgress |= want > 0;
                    }
                }
            }
        }
        assertThat(sawProgress).as("some pair sees progress").isTrue();
    }

    @Test
    void aSeriesAsRecordedGivesTheSameFiguresDateByDate() {
        Random random = new Random(17);
        for (int i = 0; i < 4; i++) {
            Instant at = history.instant(random);
            LocalDate to = history.date(random);
            LocalDate from = to.minusMonths(5);
            String range = "from=" + from + "&to=" + to + "&interval=month&recordedAt=" + at + "&rootTeamId=" + history.root;
            JsonNode positions = api.get("/api/reports/positions?" + range).expect(200).json();
            JsonNode promotions = api.get("/api/reports/promotions?" + range).expect(200).json();
            JsonNode objectives = api.get("/api/reports/objectives?" + range).expect(200).json();
            assertThat(positions.get("series")).hasSize(6);
            LocalDate previous = from.minusMonths(1);
            for (int p = 0; p < 6; p++) {
                LocalDate date = LocalDate.parse(positions.get("series").get(p).get("date").asString());
                String context = "date " + date + ", recordedAt " + at;
                Set<UUID> scope = history.scope(history.root);
                assertThat(positionRows(positions.get("series").get(p))).as("positions; %s", context).isEqualTo(positions(at, date, scope));
                assertThat(promotionRows(promotions.get("series").get(p))).as("promotions; %s", context)
                        .isEqualTo(promotions(at, previous, date, date, scope));
                Map<String, Object[]> expected = objectives(at, date, Period.quarterOf(date).toString(), history.root);
                Map<String, Object[]> shown = objectiveRows(objectives.get("series").get(p));
                assertThat(shown.keySet()).isEqualTo(expected.keySet());
                expected.forEach((team, row) -> assertThat(shown.get(team)[0]).as("objectives; %s", context).isEqualTo(row[0]));
                previous = date;
            }
        }
    }

    @Test
    void csvAsRecordedHoldsTheSameRows() {
        Random random = new Random(19);
        for (int i = 0; i < 5; i++) {
            Instant at = history.instant(random);
            LocalDate asOf = history.date(random);
            String asked = "format=csv&asOf=" + asOf + "&recordedAt=" + at + "&rootTeamId=" + history.root;
            Api.Response positions = api.get("/api/reports/positions?" + asked).expect(200);
            assertThat(positions.header("Content-Type")).startsWith("text/csv");
            List<String> lines = positions.body().lines().toList();
            assertThat(lines.getFirst()).isEqualTo("status,count,medianAgeDays,oldestAgeDays");
            Map<String, String> expected = positions(at, asOf, history.scope(history.root));
            Map<String, String> counts = new TreeMap<>();
            lines.stream().skip(1).map(l -> l.split(",")).filter(c -> Integer.parseInt(c[1]) > 0).forEach(c -> counts.put(c[0], c[1]));
            Map<String, String> expectedCounts = new TreeMap<>();
            expected.forEach((status, row) -> expectedCounts.put(status, row.substring(0, row.indexOf('|'))));
            assertThat(counts).as("asOf %s, recordedAt %s", asOf, at).isEqualTo(expectedCounts);

            List<String> promotions = api.get("/api/reports/promotions?" + asked).expect(200).body().lines().toList();
            assertThat(promotions.getFirst()).isEqualTo("level,title,nominated,approved,denied,rate");
            assertThat(promotions.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList())
                    .containsExactlyInAnyOrderElementsOf(promotions(at, asOf.minusYears(1), asOf, asOf, history.scope(history.root)).keySet());

            List<String> objectives = api.get("/api/reports/objectives?" + asked).expect(200).body().lines().toList();
            assertThat(objectives.getFirst()).isEqualTo("teamId,name,parentId,depth,objectives,ownProgress,progress");
            assertThat(objectives).hasSize(1 + objectives(at, asOf, Period.quarterOf(asOf).toString(), history.root).size());
        }
    }

    @Test
    void beforeAnythingWasRecordedNothingWasKnown() {
        String before = "&recordedAt=2000-01-01T00:00:00%2B02:00&asOf=" + LocalDate.now(ZoneOffset.UTC);
        assertThat(api.get("/api/reports/positions?rootTeamId=" + history.root + before).expect(200).json().get("open").asInt()).isZero();
        assertThat(api.get("/api/reports/promotions?" + before).expect(200).json().get("rows")).isEmpty();
        assertThat(api.get("/api/reports/objectives?" + before).expect(200).json().get("rows")).isEmpty();
        api.get("/api/reports/positions?recordedAt=2027-03-01T09:00:00").expectProblem(400);
        api.get("/api/reports/objectives?recordedAt=yesterday").expectProblem(400);
    }

    @Test
    void rebuildingTheReportsGivesTheSameRecordTimesAndAnswers() {
        Random random = new Random(23);
        List<String> calls = new ArrayList<>();
        for (String report : List.of("positions", "promotions", "objectives")) {
            calls.add("/api/reports/" + report + "?asOf=" + history.date(random) + "&recordedAt=" + history.instant(random));
        }
        List<String> before = calls.stream().map(call -> api.get(call).expect(200).body()).toList();
        Map<String, List<Map<String, Object>>> tables = reportTables();
        assertThat(tables.get("report_promotion_status")).isNotEmpty();
        api.post("/api/admin/projections/rebuild?group=reports", Map.of()).expect(200);
        assertThat(reportTables()).isEqualTo(tables);
        assertThat(calls.stream().map(call -> api.get(call).expect(200).body()).toList()).isEqualTo(before);
    }

    private Map<String, List<Map<String, Object>>> reportTables() {
        Map<String, List<Map<String, Object>>> tables = new HashMap<>();
        for (String table : List.of("report_position", "report_position_status", "report_promotion_status")) {
            tables.put(table, jdbc.queryForList("select * from " + table).stream().sorted(Comparator.comparing(Object::toString)).toList());
        }
        return tables;
    }

    // ----- the test's own fold of the stored events -----

    /** Per open status with any position: "count|medianAgeDays|oldestAgeDays". */
    private static Map<String, String> positions(Instant at, LocalDate asOf, Set<UUID> teams) {
        Map<String, List<Long>> ages = new TreeMap<>();
        for (UUID position : history.positions) {
            List<Recorded> known = history.known(position, at, asOf);
            PositionOpened opened = known.stream().map(Recorded::payload).filter(PositionOpened.class::isInstance)
                    .map(PositionOpened.class::cast).findFirst().orElse(null);
            if (opened == null || !teams.contains(opened.teamId())) {
                continue;
            }
            String status = switch ((PositionEvent) known.getLast().payload()) {
                case PositionOpened e -> "PROPOSED";
                case PositionApproved e -> "APPROVED";
                case PositionUnfrozen e -> "APPROVED";
                case PositionFrozen e -> "FROZEN";
                case PositionCancelled e -> "CANCELLED";
                case PositionFilled e -> "FILLED";
            };
            if (OPEN.contains(status)) {
                ages.computeIfAbsent(status, s -> new ArrayList<>()).add(ChronoUnit.DAYS.between(opened.effectiveDate(), asOf));
            }
        }
        Map<String, String> rows = new TreeMap<>();
        ages.forEach((status, of) -> rows.put(status, of.size() + "|" + median(of) + "|" + of.stream().mapToLong(Long::longValue).max().orElseThrow()));
        return rows;
    }

    private static Map<String, String> positionRows(JsonNode report) {
        Map<String, String> rows = new TreeMap<>();
        report.get("rows").forEach(r -> {
            if (r.get("count").asInt() > 0) {
                rows.put(r.get("status").asString(), r.get("count").asInt() + "|" + r.get("medianAgeDays").asDouble() + "|"
                        + r.get("oldestAgeDays").asLong());
            }
        });
        return rows;
    }

    /** Per target level: "nominated|approved|denied|rate" of the facts dated after {@code from} up to {@code to}. */
    private static Map<String, String> promotions(Instant at, LocalDate from, LocalDate to, LocalDate asOf, Set<UUID> teams) {
        Map<String, int[]> counts = new TreeMap<>();
        for (UUID promotion : history.promotions) {
            List<Recorded> known = history.known(promotion, at, LocalDate.MAX);
            PromotionNominated nominated = known.stream().map(Recorded::payload).filter(PromotionNominated.class::isInstance)
                    .map(PromotionNominated.class::cast).findFirst().orElse(null);
            UUID team = nominated == null ? null : history.teamOf(nominated.personId(), at, asOf);
            if (team == null || !teams.contains(team)) {
                continue;
            }
            for (Recorded fact : known) {
                LocalDate date = ((PromotionEvent) fact.payload()).effectiveDate();
                if (!date.isAfter(from) || date.isAfter(to)) {
                    continue;
                }
                int[] of = counts.computeIfAbsent(nominated.targetLevel(), l -> new int[3]);
                switch (fact.payload()) {
                    case PromotionNominated e -> of[0]++;
                    case PromotionDecided e -> of[e.decision().name().equals("APPROVED") ? 1 : 2]++;
                    default -> {
                    }
                }
            }
        }
        Map<String, String> rows = new TreeMap<>();
        counts.forEach((level, of) -> {
            if (of[0] + of[1] + of[2] > 0) {
                String rate = of[1] + of[2] == 0 ? "null" : String.valueOf(Math.round((double) of[1] / (of[1] + of[2]) * 10_000) / 10_000.0);
                rows.put(level, of[0] + "|" + of[1] + "|" + of[2] + "|" + rate);
            }
        });
        return rows;
    }

    private static Map<String, String> promotionRows(JsonNode report) {
        Map<String, String> rows = new TreeMap<>();
        report.get("rows").forEach(r -> rows.put(r.get("level").asString(), r.get("nominated").asInt() + "|" + r.get("approved").asInt()
                + "|" + r.get("denied").asInt() + "|" + (r.get("rate").isNull() ? "null" : String.valueOf(r.get("rate").asDouble()))));
        return rows;
    }

    /** Per team of the subtree: {objectives, own progress, progress rolled up}, the progress of each objective from its check-ins. */
    private static Map<String, Object[]> objectives(Instant at, LocalDate asOf, String period, UUID root) {
        Map<UUID, List<Double>> own = new HashMap<>();
        for (UUID objective : history.objectives) {
            List<Recorded> known = history.known(objective, at, asOf);
            ObjectiveWritten written = known.stream().map(Recorded::payload).filter(ObjectiveWritten.class::isInstance)
                    .map(ObjectiveWritten.class::cast).findFirst().orElse(null);
            if (written == null || !written.period().equals(period)) {
                continue;
            }
            ObjectiveStatus status = ObjectiveStatus.DRAFT;
            Map<UUID, BigDecimal> current = new HashMap<>();
            for (Recorded fact : known) {
                if (fact.payload() instanceof ObjectiveStatusChanged changed) {
                    status = changed.to();
                } else if (fact.payload() instanceof CheckInRecorded checkIn) {
                    current.put(checkIn.keyResultId(), checkIn.value());
                }
            }
            if (status == ObjectiveStatus.DROPPED) {
                continue;
            }
            double sum = 0;
            for (KeyResult kr : written.keyResults()) {
                BigDecimal value = current.getOrDefault(kr.keyResultId(), kr.start());
                double share = value.subtract(kr.start()).divide(kr.target().subtract(kr.start()), 6, RoundingMode.HALF_EVEN).doubleValue();
                sum += Math.max(0, Math.min(1, share));
            }
            own.computeIfAbsent(written.teamId(), t -> new ArrayList<>()).add(sum / written.keyResults().size());
        }
        Map<String, Object[]> rows = new TreeMap<>();
        for (UUID team : history.scope(root)) {
            List<Double> all = new ArrayList<>();
            history.scope(team).forEach(t -> all.addAll(own.getOrDefault(t, List.of())));
            List<Double> mine = own.getOrDefault(team, List.of());
            rows.put(team.toString(), new Object[] {mine.size(), mean(mine), mean(all)});
        }
        return rows;
    }

    private static Map<String, Object[]> objectiveRows(JsonNode report) {
        Map<String, Object[]> rows = new TreeMap<>();
        report.get("rows").forEach(r -> rows.put(r.get("teamId").asString(), new Object[] {r.get("objectives").asInt(),
                r.get("ownProgress").isNull() ? null : r.get("ownProgress").asDouble(),
                r.get("progress").isNull() ? null : r.get("progress").asDouble()}));
        return rows;
    }

    private static Double mean(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** One stored event: its payload, its aggregate and number in it, and the instant it was recorded. */
    record Recorded(Object payload, UUID aggregate, long seq, Instant at) {

        LocalDate effectiveDate() {
            return switch (payload) {
                case PositionEvent e -> e.effectiveDate();
                case PromotionEvent e -> e.effectiveDate();
                case ObjectiveEvent e -> e.effectiveDate();
                case PersonHired e -> e.effectiveDate();
                default -> LocalDate.MIN;
            };
        }
    }

    private List<Recorded> storedEvents(History sent) {
        List<Recorded> events = new ArrayList<>();
        Stream.of(sent.positions, sent.promotions, sent.objectives, sent.people).flatMap(List::stream).forEach(id ->
                eventStore.readEvents(id.toString()).asStream().forEach(m -> events.add(new Recorded(m.getPayload(), id,
                        m.getSequenceNumber(), m.getTimestamp().plusNanos(500).truncatedTo(ChronoUnit.MICROS)))));
        events.sort(Comparator.comparing(Recorded::at));
        return events;
    }

    /** The seeded history, sent through the API: three teams, people on levels, positions, promotion cases and objectives. */
    static final class History {
        final Random random;
        final Api api;
        final LocalDate today = LocalDate.now(ZoneOffset.UTC);
        final LocalDate start = today.minusYears(2);
        final List<UUID> people = new ArrayList<>();
        final List<UUID> positions = new ArrayList<>();
        final List<UUID> promotions = new ArrayList<>();
        final List<UUID> objectives = new ArrayList<>();
        final Map<UUID, Integer> keyResults = new HashMap<>();
        final Map<UUID, LocalDate> writtenOn = new HashMap<>();
        final Map<UUID, LocalDate> nominatedOn = new HashMap<>();
        final String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID root;
        UUID teamA;
        UUID teamB;
        Instant setUp;
        List<Recorded> events = List.of();

        History(Random random, Api api) {
            this.random = random;
            this.api = api;
        }

        void send() {
            api.postRaw("/api/ladders/import?publish=true&reason=Adopt", "application/json",
                    LadderFormat.write(Ladders.small("eng"), LadderFormat.Syntax.JSON)).expect(201);
            root = api.formTeam("Org " + tag, null, start.minusYears(1));
            teamA = api.formTeam("A " + tag, root, start.minusYears(1));
            teamB = api.formTeam("B " + tag, root, start.minusYears(1));
            for (int i = 0; i < 8; i++) {
                people.add(api.post("/api/people", body("name", "Person " + i, "email", "p" + i + "." + tag + "@example.com",
                        "title", "Engineer", "teamId", i % 3 == 0 ? root : i % 3 == 1 ? teamA : teamB, "level", LEVELS.get(i % 3),
                        "startDate", start.minusMonths(3))).expect(201).id());
            }
            setUp = Instant.now();
            for (int i = 0; i < RANDOM_COMMANDS; i++) {
                Api.Response response = command(i, start.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(start, today) + 1)));
                assertThat(response.status()).as(response.body()).isIn(200, 201, 400, 404, 409);
            }
        }

        private Api.Response command(int i, LocalDate date) {
            UUID team = List.of(root, teamA, teamB).get(random.nextInt(3));
            switch (random.nextInt(12)) {
                case 0, 1 -> {
                    Api.Response opened = api.post("/api/positions", body("teamId", team, "level", "eng/mid", "title", "Engineer " + i,
                            "effectiveDate", date));
                    if (opened.status() == 201) {
                        positions.add(opened.id());
                    }
                    return opened;
                }
                case 2, 3 -> {
                    if (positions.isEmpty()) {
                        return api.get("/api/positions");
                    }
                    String transition = List.of("approve", "approve", "freeze", "unfreeze", "cancel").get(random.nextInt(5));
                    return api.post("/api/positions/" + pick(positions) + "/" + transition, body("effectiveDate", date, "reason", "Step " + i));
                }
                case 4 -> {
                    UUID person = pick(people);
                    String level = api.get("/api/people/" + person).expect(200).json().get("level").asString();
                    String target = LEVELS.get(Math.min(LEVELS.indexOf(level) + 1, LEVELS.size() - 1));
                    Map<String, Object> nomination = new LinkedHashMap<>();
                    nomination.put("personId", person.toString());
                    nomination.put("targetLevel", target);
                    nomination.put("evidence", List.of(Map.of("area", "craft", "text", "Shipped " + i)));
                    nomination.put("effectiveDate", date.toString());
                    Api.Response nominated = api.post("/api/promotions", nomination);
                    if (nominated.status() == 201) {
                        promotions.add(nominated.id());
                        nominatedOn.put(nominated.id(), date);
                    }
                    return nominated;
                }
                case 5 -> {
                    if (promotions.isEmpty()) {
                        return api.get("/api/promotions");
                    }
                    UUID promotion = pick(promotions);
                    return api.post("/api/promotions/" + promotion + "/decide", body("decision",
                            random.nextBoolean() ? "APPROVED" : "DENIED", "effectiveDate", after(nominatedOn.get(promotion)),
                            "reason", "Decided " + i));
                }
                case 6 -> {
                    if (promotions.isEmpty()) {
                        return api.get("/api/promotions");
                    }
                    UUID promotion = pick(promotions);
                    return api.post("/api/promotions/" + promotion + "/withdraw", body("effectiveDate", after(nominatedOn.get(promotion)),
                            "reason", "No " + i));
                }
                case 7 -> {
                    int krs = 1 + random.nextInt(2);
                    List<Map<String, Object>> keyResultsOf = new ArrayList<>();
                    for (int k = 0; k < krs; k++) {
                        keyResultsOf.add(Map.of("title", "Measure " + k, "start", 0, "target", 10 * (k + 1)));
                    }
                    Api.Response written = api.post("/api/objectives", Map.of("teamId", team, "period", Period.quarterOf(date).toString(),
                            "title", "Objective " + i, "effectiveDate", date.toString(), "keyResults", keyResultsOf));
                    if (written.status() == 201) {
                        objectives.add(written.id());
                        keyResults.put(written.id(), krs);
                        writtenOn.put(written.id(), date);
                        if (random.nextInt(3) > 0) {
                            api.post("/api/objectives/" + written.id() + "/status", body("status", "COMMITTED", "effectiveDate",
                                    after(date), "reason", "Agreed " + i)).expect(200);
                        }
                    }
                    return written;
                }
                case 8 -> {
                    if (objectives.isEmpty()) {
                        return api.get("/api/objectives");
                    }
                    String status = List.of("COMMITTED", "COMMITTED", "COMMITTED", "DROPPED", "ACHIEVED", "DRAFT").get(random.nextInt(6));
                    UUID objective = pick(objectives);
                    return api.post("/api/objectives/" + objective + "/status", body("status", status, "effectiveDate",
                            after(writtenOn.get(objective)), "reason", "Because " + i));
                }
                default -> {
                    if (objectives.isEmpty()) {
                        return api.get("/api/objectives");
                    }
                    UUID objective = pick(objectives);
                    UUID keyResult = KeyResult.idFor(objective, random.nextInt(keyResults.get(objective)));
                    return api.post("/api/objectives/" + objective + "/key-results/" + keyResult + "/check-ins",
                            Map.of("value", random.nextInt(25), "confidence", "ON_TRACK", "date", after(writtenOn.get(objective)).toString()));
                }
            }
        }

        /** A date in the four months from {@code date}, never after today: back-dated more often than not. */
        private LocalDate after(LocalDate date) {
            return date.plusDays(random.nextInt((int) Math.min(120, ChronoUnit.DAYS.between(date, today)) + 1));
        }

        private UUID pick(List<UUID> ids) {
            return ids.get(random.nextInt(ids.size()));
        }

        /** An instant around one at which the history's random part recorded something: just before, at, or a little after. */
        Instant instant(Random random) {
            List<Recorded> later = events.stream().filter(r -> r.at().isAfter(setUp)).toList();
            Instant at = later.get(random.nextInt(later.size())).at();
            return switch (random.nextInt(3)) {
                case 0 -> at.minus(1, ChronoUnit.MICROS);
                case 1 -> at;
                default -> at.plus(random.nextInt(2_000), ChronoUnit.MICROS);
            };
        }

        LocalDate date(Random random) {
            return start.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(start, today) + 1));
        }

        /** The teams from {@code team} down (the history never moves a team). */
        Set<UUID> scope(UUID team) {
            return team.equals(root) ? Set.of(root, teamA, teamB) : Set.of(team);
        }

        /** The aggregate's events recorded by {@code at} and effective on or before {@code asOf}, in the order they take effect. */
        List<Recorded> known(UUID aggregate, Instant at, LocalDate asOf) {
            return events.stream().filter(r -> r.aggregate().equals(aggregate) && !r.at().isAfter(at) && !r.effectiveDate().isAfter(asOf))
                    .sorted(Comparator.comparing(Recorded::effectiveDate).thenComparingLong(Recorded::seq)).toList();
        }

        /** The team a person was hired into, if the hire was recorded by {@code at} and effective by {@code asOf}. */
        UUID teamOf(UUID person, Instant at, LocalDate asOf) {
            return known(person, at, asOf).stream().map(Recorded::payload).filter(PersonHired.class::isInstance)
                    .map(p -> ((PersonHired) p).teamId()).findFirst().orElse(null);
        }
    }
}
