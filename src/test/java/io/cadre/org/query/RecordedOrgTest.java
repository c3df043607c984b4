package io.cadre.org.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cadre.org.api.ChangeRetracted;
import io.cadre.org.api.LevelChanged;
import io.cadre.org.api.ManagerChanged;
import io.cadre.org.api.OrgEvent;
import io.cadre.org.api.PersonHired;
import io.cadre.org.api.PersonLeft;
import io.cadre.org.api.PersonTransferred;
import io.cadre.org.api.TeamDissolved;
import io.cadre.org.api.TeamFormed;
import io.cadre.org.api.TeamLeadAssigned;
import io.cadre.org.api.TeamMissionChanged;
import io.cadre.org.api.TeamMoved;
import io.cadre.org.api.TeamRenamed;
import io.cadre.org.api.TitleChanged;
import io.cadre.platform.projection.ProcessorStatus;
import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
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
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The org chart, a person's record and the headcount report "as recorded at" an instant equal an independent fold of
 * the events the event store holds with a record time up to that instant, a change retracted by then left out. Each seed
 * builds an org through the API, then sends random commands, many back-dated, and corrections (some refused), and compares for random (asOf, recordedAt) pairs: the
 * record times are drawn around each stored event's, so every step of what Cadre knew is seen from both sides.
 */
@IntegrationTest
class RecordedOrgTest {

    private static final int RANDOM_COMMANDS = 30;
    private static final int PAIRS = 25;

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    ProcessorStatus processors;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11L, 2_027L, 31_337L})
    void whatCadreKnewAtAnInstantIsTheFoldOfTheEventsRecordedByThen(long seed) {
        Scenario scenario = new Scenario(new Random(seed), Api.asAdmin(port));
        scenario.build();
        List<Recorded> events = scenario.storedEvents();
        assertThat(events).as("corrections among the stored events").anyMatch(r -> r.payload() instanceof ChangeRetracted);
        await().atMost(Duration.ofSeconds(30)).until(() -> processors.lag("reports") == 0);
        Random random = new Random(seed * 31);
        for (int i = 0; i < PAIRS; i++) {
            Instant at = events.get(1 + random.nextInt(events.size() - 1)).at();
            at = switch (random.nextInt(3)) {
                case 0 -> at.minus(1, ChronoUnit.MICROS);
                case 1 -> at;
                default -> at.plus(random.nextInt(2_000), ChronoUnit.MICROS);
            };
            LocalDate asOf = scenario.start.plusDays(random.nextInt(3 * 365));
            String context = "seed " + seed + ", asOf " + asOf + ", recordedAt " + at;
            Fold fold = Fold.of(events, at, asOf);
            JsonNode chart = scenario.api.get("/api/org-chart?asOf=" + asOf + "&recordedAt=" + at + "&rootTeamId=" + scenario.root)
                    .expect(200).json();
            assertThat(teams(chart)).as("teams; %s", context).isEqualTo(fold.teams());
            assertThat(people(chart)).as("people; %s", context).isEqualTo(fold.people());
            JsonNode headcount = scenario.api.get("/api/reports/headcount?by=team&asOf=" + asOf + "&recordedAt=" + at
                    + "&rootTeamId=" + scenario.root).expect(200).json();
            assertThat(headcountByTeam(headcount)).as("headcount; %s", context).isEqualTo(fold.headcountByTeam());
            UUID someone = scenario.people.get(random.nextInt(scenario.people.size()));
            Fold standing = Fold.of(events, at, LocalDate.of(2999, 12, 31));
            boolean recorded = standing.people.containsKey(someone);
            Api.Response answer = scenario.api.get("/api/people/" + someone + "?recordedAt=" + at);
            if (!recorded) {
                answer.expectProblem(404);
            } else {
                JsonNode record = answer.expect(200).json();
                Map<String, String> shown = new TreeMap<>();
                for (String field : List.of("teamId", "managerId", "title", "level")) {
                    shown.put(field, record.get(field).isNull() ? null : record.get(field).asString());
                }
                assertThat(shown).as("person %s today; %s", someone, context).isEqualTo(fold.personToday(events, at, someone));
            }
        }
    }

    @Test
    void anInstantThatIsNotOneIsRefused() {
        Api api = Api.asAdmin(port);
        for (String bad : List.of("yesterday", "2027-03-01", "2027-03-01T09:00:00", "20270301T090000Z", "0001-01-01T00:00:00Z")) {
            api.get("/api/org-chart?recordedAt=" + bad).expectProblem(400);
            api.get("/api/org-chart/export?format=csv&recordedAt=" + bad).expectProblem(400);
            api.get("/api/reports/headcount?recordedAt=" + bad).expectProblem(400);
            api.get("/api/people/" + UUID.randomUUID() + "?recordedAt=" + bad).expectProblem(400);
        }
        // Every report takes it, the pipeline's and the plans' too.
        for (String report : List.of("positions", "promotions", "objectives")) {
            api.get("/api/reports/" + report + "?recordedAt=2027-03-01T09:00:00Z").expect(200);
            api.get("/api/reports/" + report + "?format=csv&recordedAt=2027-03-01T09:00:00%2B01:00").expect(200);
            api.get("/api/reports/" + report + "?recordedAt=2027-03-01T09:00:00").expectProblem(400);
        }
        api.get("/api/people/" + UUID.randomUUID() + "?recordedAt=2027-03-01T09:00:00Z").expectProblem(404);
        // Before anything was recorded, nothing was known.
        assertThat(api.get("/api/org-chart?recordedAt=1999-01-01T00:00:00Z").expect(200).json().get("people")).isEmpty();
        assertThat(api.get("/api/org-chart/export?format=csv&recordedAt=2000-01-01T00:00:00%2B02:00").expect(200).body().strip())
                .doesNotContain("\n");
    }

    private static Map<UUID, String> teams(JsonNode chart) {
        Map<UUID, String> rows = new TreeMap<>();
        chart.get("teams").forEach(t -> rows.put(UUID.fromString(t.get("id").asString()),
                String.join("|", text(t, "name"), text(t, "kind"), text(t, "parentId"), text(t, "leadId"))));
        return rows;
    }

    private static Map<UUID, String> people(JsonNode chart) {
        Map<UUID, String> rows = new TreeMap<>();
        chart.get("people").forEach(p -> rows.put(UUID.fromString(p.get("id").asString()),
                String.join("|", text(p, "teamId"), text(p, "managerId"), text(p, "title"), text(p, "level"))));
        return rows;
    }

    private static Map<String, Integer> headcountByTeam(JsonNode report) {
        Map<String, Integer> counts = new TreeMap<>();
        JsonNode rows = report.has("rows") ? report.get("rows") : report.get("items");
        rows.forEach(row -> {
            if (row.get("count").asInt() > 0) {
                counts.put(row.get("key").asString(), row.get("count").asInt());
            }
        });
        return counts;
    }

    private static String text(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull() ? "null" : node.get(field).asString();
    }

    /** One stored event of the scenario: its payload, its number in its aggregate, the instant it was recorded and its id. */
    record Recorded(Object payload, long seq, Instant at, String id) {

        OrgEvent event() {
            return payload instanceof OrgEvent org ? org : null;
        }

        UUID subjectId() {
            return payload instanceof ChangeRetracted retracted ? retracted.subjectId() : event().subjectId();
        }
    }

    /** The scenario's subjects folded from the events recorded by an instant, on a date, written here apart from Cadre's own fold. */
    static final class Fold {
        final Map<UUID, Map<String, String>> teams = new LinkedHashMap<>();
        final Map<UUID, Map<String, String>> people = new LinkedHashMap<>();

        static Fold of(List<Recorded> events, Instant at, LocalDate asOf) {
            Fold fold = new Fold();
            // A change retracted by then counts as never made.
            java.util.Set<String> retracted = new java.util.HashSet<>();
            events.stream().filter(r -> !r.at().isAfter(at) && r.payload() instanceof ChangeRetracted)
                    .forEach(r -> retracted.add(((ChangeRetracted) r.payload()).retractedEventId().toString()));
            events.stream().filter(r -> r.event() != null && !retracted.contains(r.id()))
                    .filter(r -> !r.at().isAfter(at) && !r.event().effectiveDate().isAfter(asOf))
                    .sorted(Comparator.comparing((Recorded r) -> r.event().effectiveDate()).thenComparingLong(Recorded::seq))
                    .forEach(r -> fold.apply(r.event()));
            return fold;
        }

        private void apply(OrgEvent event) {
            Map<String, String> t = event instanceof TeamFormed || event instanceof TeamRenamed || event instanceof TeamMoved
                    || event instanceof TeamLeadAssigned || event instanceof TeamDissolved || event instanceof TeamMissionChanged
                    ? teams.computeIfAbsent(event.subjectId(), id -> new HashMap<>()) : null;
            Map<String, String> p = t == null ? people.computeIfAbsent(event.subjectId(), id -> new HashMap<>()) : null;
            switch (event) {
                case TeamFormed e -> {
                    t.put("active", "yes");
                    t.put("name", e.name());
                    t.put("kind", e.kind().name());
                    t.put("parent", s(e.parentId()));
                    t.put("lead", "null");
                }
                case TeamRenamed e -> t.put("name", e.name());
                case TeamMoved e -> t.put("parent", s(e.parentId()));
                case TeamLeadAssigned e -> t.put("lead", s(e.leadId()));
                case TeamDissolved e -> {
                    t.put("active", "no");
                    t.put("lead", "null");
                }
                case TeamMissionChanged e -> t.put("mission", e.mission());
                case PersonHired e -> {
                    p.put("active", "yes");
                    p.put("team", s(e.teamId()));
                    p.put("manager", s(e.managerId()));
                    p.put("title", s(e.title()));
                    p.put("level", s(e.level()));
                }
                case PersonTransferred e -> p.put("team", s(e.teamId()));
                case ManagerChanged e -> p.put("manager", s(e.managerId()));
                case TitleChanged e -> p.put("title", e.title());
                case LevelChanged e -> p.put("level", s(e.level()));
                case PersonLeft e -> p.put("active", "no");
            }
        }

        Map<UUID, String> teams() {
            Map<UUID, String> rows = new TreeMap<>();
            teams.forEach((id, t) -> {
                if ("yes".equals(t.get("active"))) {
                    rows.put(id, String.join("|", t.get("name"), t.get("kind"), t.get("parent"), t.get("lead")));
                }
            });
            return rows;
        }

        Map<UUID, String> people() {
            Map<UUID, String> rows = new TreeMap<>();
            people.forEach((id, p) -> {
                if ("yes".equals(p.get("active")) && teams().containsKey(UUID.fromString(p.get("team")))) {
                    rows.put(id, String.join("|", p.get("team"), p.get("manager"), p.get("title"), p.get("level")));
                }
            });
            return rows;
        }

        Map<String, Integer> headcountByTeam() {
            Map<String, Integer> counts = new TreeMap<>();
            people().values().forEach(row -> counts.merge(row.substring(0, row.indexOf('|')), 1, Integer::sum));
            return counts;
        }

        /** The person's record on today's date (or their first or last day) as known at the instant; null if unknown. */
        Map<String, String> personToday(List<Recorded> events, Instant at, UUID id) {
            java.util.Set<String> retracted = new java.util.HashSet<>();
            events.stream().filter(r -> !r.at().isAfter(at) && r.payload() instanceof ChangeRetracted)
                    .forEach(r -> retracted.add(((ChangeRetracted) r.payload()).retractedEventId().toString()));
            List<Recorded> theirs = events.stream().filter(r -> r.event() != null && !retracted.contains(r.id())
                    && r.event().subjectId().equals(id) && !r.at().isAfter(at)).toList();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            LocalDate start = theirs.stream().map(r -> r.event().effectiveDate()).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate end = theirs.stream().filter(r -> r.event() instanceof PersonLeft).map(r -> r.event().effectiveDate())
                    .min(Comparator.naturalOrder()).orElse(null);
            LocalDate day = today.isBefore(start) ? start : end != null && !today.isBefore(end) ? end.minusDays(1) : today;
            Map<String, String> p = Fold.of(events, at, day).people.get(id);
            Map<String, String> shown = new TreeMap<>();
            shown.put("teamId", nullable(p.get("team")));
            shown.put("managerId", nullable(p.get("manager")));
            shown.put("title", nullable(p.get("title")));
            shown.put("level", nullable(p.get("level")));
            return shown;
        }

        private static String nullable(String value) {
            return "null".equals(value) ? null : value;
        }

        private static String s(Object value) {
            return Objects.toString(value, "null");
        }
    }

    /** One seed's org, built and changed through the API. */
    final class Scenario {
        final Random random;
        final Api api;
        final LocalDate today = LocalDate.now(ZoneOffset.UTC);
        final LocalDate start = today.minusYears(2);
        final List<UUID> teams = new ArrayList<>();
        final List<UUID> people = new ArrayList<>();
        final String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID root;

        Scenario(Random random, Api api) {
            this.random = random;
            this.api = api;
        }

        void build() {
            root = api.formTeam("Org " + tag, null, start.minusYears(1));
            teams.add(root);
            for (int i = 0; i < 3; i++) {
                teams.add(api.formTeam("Team " + i + " " + tag, teams.get(random.nextInt(teams.size())), start.minusYears(1)));
            }
            for (int i = 0; i < 6; i++) {
                UUID manager = people.isEmpty() ? null : people.get(random.nextInt(people.size()));
                people.add(api.hire("Person " + i + " " + tag, teams.get(random.nextInt(teams.size())), manager,
                        start.minusMonths(6 - i)));
            }
            for (int i = 0; i < RANDOM_COMMANDS; i++) {
                LocalDate date = start.plusDays(random.nextInt(3 * 365));
                UUID person = people.get(random.nextInt(people.size()));
                UUID team = teams.get(random.nextInt(teams.size()));
                Api.Response response = switch (random.nextInt(10)) {
                    case 8, 9 -> {
                        // A correction of one of the scenario's recorded changes, often refused when a later one depends on it.
                        List<Recorded> stored = storedEvents();
                        Recorded chosen = stored.get(random.nextInt(stored.size()));
                        yield api.post("/api/corrections", Api.body("eventId", chosen.id(), "reason", "Mistaken " + i));
                    }
                    case 0 -> api.post("/api/people/" + person + "/transfer", Api.body("teamId", team, "effectiveDate", date));
                    case 1 -> api.post("/api/people/" + person + "/manager",
                            Api.body("managerId", people.get(random.nextInt(people.size())), "effectiveDate", date));
                    case 2 -> api.post("/api/people/" + person + "/title", Api.body("title", "Title " + i, "effectiveDate", date));
                    case 3 -> api.post("/api/teams/" + team + "/rename", Api.body("name", "Renamed " + i + " " + tag, "effectiveDate", date));
                    case 4 -> api.post("/api/teams/" + team + "/lead", Api.body("personId", person, "effectiveDate", date));
                    case 5 -> {
                        // Into a team formed before the window, which exists on every date drawn unless its formation was retracted.
                        Api.Response hire = api.post("/api/people", Api.body("name", "Later " + i + " " + tag, "email",
                                "later." + i + "." + tag + "@example.com", "title", "Engineer", "teamId", teams.get(random.nextInt(4)),
                                "startDate", date));
                        if (hire.status() == 201) {
                            people.add(hire.id());
                        }
                        yield hire;
                    }
                    case 6 -> api.post("/api/people/" + person + "/leave", Api.body("kind", "VOLUNTARY", "effectiveDate", date));
                    default -> {
                        Api.Response formed = api.post("/api/teams", Api.body("name", "Formed " + i + " " + tag, "parentId", root,
                                "effectiveDate", date));
                        if (formed.status() == 201) {
                            teams.add(formed.id());
                        }
                        yield formed;
                    }
                };
                if (response != null) {
                    assertThat(response.status()).as(response.body()).isIn(200, 201, 400, 404, 409);
                }
            }
        }

        /** Every event of the scenario's teams and people as the event store holds them. */
        List<Recorded> storedEvents() {
            List<Recorded> events = new ArrayList<>();
            List<UUID> subjects = new ArrayList<>(teams);
            subjects.addAll(people);
            for (UUID subject : subjects) {
                eventStore.readEvents(subject.toString()).asStream().forEach(message -> {
                    DomainEventMessage<?> event = message;
                    if (event.getPayload() instanceof OrgEvent || event.getPayload() instanceof ChangeRetracted) {
                        events.add(new Recorded(event.getPayload(), event.getSequenceNumber(),
                                event.getTimestamp().plusNanos(500).truncatedTo(ChronoUnit.MICROS), event.getIdentifier()));
                    }
                });
            }
            events.sort(Comparator.comparing(Recorded::at));
            return events;
        }
    }
}
