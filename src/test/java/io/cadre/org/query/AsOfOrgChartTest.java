package io.cadre.org.query;

import static org.assertj.core.api.Assertions.assertThat;
import static io.cadre.support.Api.body;

import io.cadre.support.Api;
import io.cadre.support.EventLog;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The org chart on any date equals an independent fold of the commands the API accepted, whatever order
 * the effective dates came in. Each seed builds a small org, throws random, often back- or future-dated
 * commands at it, keeps its own model of every accepted fact and then compares the chart with the model
 * on the dates of every leave and dissolution and a sample of the other dates where something changed,
 * the day before each, today and far away in both directions. The window moves with today, so a seed
 * replays the same scenario only on the same day; the failure message lists every command to reproduce it.
 */
@IntegrationTest
class AsOfOrgChartTest {

    private static final int RANDOM_COMMANDS = 60;
    private static final int WINDOW_DAYS = 3 * 365;
    private static final int SAMPLED_BOUNDARIES = 12;
    private static final LocalDate FAR_FUTURE = LocalDate.of(2999, 12, 31);
    private static final List<String> TEAM_NAMES = List.of("Platform", "Payments", "Search", "Data", "Mobile", "Infra",
            "Growth", "Core");
    private static final List<String> TITLES = List.of("Engineer", "Senior Engineer", "Staff Engineer",
            "Engineering Manager", "Director", "  Principal Engineer  ");
    private static final List<String> LEVELS = List.of("L1", "L2", "L3", "L4", "L5", "M1", "M2");
    private static final List<String> LEVEL_KINDS = List.of("PROMOTION", "DEMOTION", "TRACK_SWITCH", "CORRECTION");
    private static final List<String> LEAVE_KINDS = List.of("VOLUNTARY", "INVOLUNTARY", "OTHER");
    private static final List<String> TEAM_KINDS = List.of("DEPARTMENT", "GROUP", "TEAM");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7L, 1_234L, 20_261_121L, 424_242L, 987_654_321L})
    void theChartOnEveryDateIsTheFoldOfTheAcceptedFacts(long seed) {
        Scenario scenario = new Scenario(seed, Api.asAdmin(port), jdbc);
        scenario.buildOrg();
        scenario.issueRandomCommands();

        // A seed where nearly everything is refused would compare a chart that never changes.
        assertThat(scenario.acceptedChanges).as("accepted random commands, seed %d", seed).isGreaterThanOrEqualTo(15);
        assertThat(scenario.refusedChanges).as("refused random commands, seed %d", seed).isPositive();

        for (LocalDate date : scenario.datesToCompare()) {
            scenario.compareChartOn(date);
        }
        scenario.compareTodaysDefaultChart();
    }

    /** One seed's org, the commands sent to it and the model of everything the API accepted. */
    private static final class Scenario {

        private final long seed;
        private final Random random;
        private final Api api;
        private final JdbcTemplate jdbc;
        private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
        private final LocalDate start = today.minusYears(2);
        private final String tag = UUID.randomUUID().toString().substring(0, 8);
        private final Model model = new Model();
        private final List<UUID> teams = new ArrayList<>();
        private final List<UUID> people = new ArrayList<>();
        private final Map<UUID, String> labels = new HashMap<>();
        private final List<String> log = new ArrayList<>();
        private final Set<LocalDate> endDates = new TreeSet<>();
        private UUID root;
        private int acceptedChanges;
        private int refusedChanges;

        Scenario(long seed, Api api, JdbcTemplate jdbc) {
            this.seed = seed;
            this.random = new Random(seed);
            this.api = api;
            this.jdbc = jdbc;
        }

        void buildOrg() {
            root = formTeam("Org " + tag, "ORGANIZATION", null, start);
            int teamCount = 3 + random.nextInt(3);
            List<LocalDate> formed = sortedDates(teamCount, 60);
            List<String> names = new ArrayList<>(TEAM_NAMES);
            Collections.shuffle(names, random);
            for (int i = 0; i < teamCount; i++) {
                LocalDate date = formed.get(i);
                // A parent formed earlier (or the same day) exists on the date, so the setup is always valid.
                UUID parent = teams.get(random.nextInt(teams.size()));
                formTeam(names.get(i) + " " + tag, TEAM_KINDS.get(random.nextInt(TEAM_KINDS.size())), parent, date);
            }
            int peopleCount = 6 + random.nextInt(7);
            List<LocalDate> starts = sortedDates(peopleCount, 150);
            for (int i = 0; i < peopleCount; i++) {
                LocalDate date = starts.get(i);
                List<UUID> homes = teams.stream().filter(t -> !model.firstDate(t).isAfter(date)).toList();
                UUID team = homes.get(random.nextInt(homes.size()));
                UUID manager = i == 0 || random.nextInt(100) < 15 ? null : people.get(random.nextInt(people.size()));
                hire(i, team, manager, date);
            }
        }

        void issueRandomCommands() {
            List<String> kinds = new ArrayList<>(List.of("leave", "leave", "leave", "leave", "dissolve", "dissolve"));
            String[] weighted = {"transfer", "transfer", "transfer", "manager", "manager", "manager", "title", "title",
                "level", "level", "move", "move", "rename", "rename", "lead", "lead"};
            while (kinds.size() < RANDOM_COMMANDS) {
                kinds.add(weighted[random.nextInt(weighted.length)]);
            }
            Collections.shuffle(kinds, random);
            for (String kind : kinds) {
                switch (kind) {
                    case "transfer" -> transfer();
                    case "manager" -> changeManager();
                    case "title" -> changeTitle();
                    case "level" -> changeLevel();
                    case "move" -> moveTeam();
                    case "rename" -> renameTeam();
                    case "lead" -> assignLead();
                    case "leave" -> leave();
                    case "dissolve" -> dissolve();
                    default -> throw new IllegalStateException(kind);
                }
            }
        }

        /**
         * Dates where facts start, each with the day before so the boundary is seen from both sides: every
         * leave and dissolution, whose cascades are the hardest to get right, and a sample of the others
         * (each chart call costs a password check, so all of them would make the test slow for little gain).
         */
        Set<LocalDate> datesToCompare() {
            List<LocalDate> boundaries = new ArrayList<>(model.dates());
            Collections.shuffle(boundaries, random);
            Set<LocalDate> chosen = new TreeSet<>(boundaries.subList(0, Math.min(SAMPLED_BOUNDARIES, boundaries.size())));
            chosen.addAll(endDates);
            Set<LocalDate> dates = new TreeSet<>();
            for (LocalDate date : chosen) {
                dates.add(date);
                dates.add(date.minusDays(1));
            }
            dates.addAll(List.of(today, start.minusYears(1), start.plusDays(WINDOW_DAYS + 30), FAR_FUTURE));
            return dates;
        }

        void compareChartOn(LocalDate date) {
            JsonNode chart = api.get("/api/org-chart?asOf=" + date).expect(200).json();
            assertThat(chart.get("asOf").asString()).isEqualTo(date.toString());
            compare(chart, date);
        }

        void compareTodaysDefaultChart() {
            JsonNode chart = api.get("/api/org-chart").expect(200).json();
            compare(chart, LocalDate.parse(chart.get("asOf").asString()));
        }

        private void compare(JsonNode chart, LocalDate date) {
            Map<String, TeamRow> actualTeams = new TreeMap<>();
            for (JsonNode t : chart.get("teams")) {
                UUID id = UUID.fromString(t.get("id").asString());
                if (teams.contains(id)) {
                    TeamRow row = new TeamRow(text(t, "name"), text(t, "kind"), label(text(t, "parentId")), label(text(t, "leadId")));
                    assertThat(actualTeams.put(labels.get(id), row)).as("%s listed twice on %s", labels.get(id), date).isNull();
                }
            }
            Map<String, PersonRow> actualPeople = new TreeMap<>();
            for (JsonNode p : chart.get("people")) {
                UUID id = UUID.fromString(p.get("id").asString());
                if (people.contains(id)) {
                    PersonRow row = new PersonRow(label(text(p, "teamId")), label(text(p, "managerId")), text(p, "title"),
                            text(p, "level"));
                    assertThat(actualPeople.put(labels.get(id), row)).as("%s listed twice on %s", labels.get(id), date).isNull();
                }
            }
            String context = "seed " + seed + ", asOf " + date + ", org starting " + start + "\n" + String.join("\n", log);
            assertThat(actualTeams).as("teams on %s; %s", date, context).isEqualTo(expectedTeams(date));
            assertThat(actualPeople).as("people on %s; %s", date, context).isEqualTo(expectedPeople(date));
            assertInvariants(actualTeams, actualPeople, date);
        }

        private Map<String, TeamRow> expectedTeams(LocalDate date) {
            Map<String, TeamRow> expected = new TreeMap<>();
            for (UUID team : teams) {
                Map<String, Object> state = model.stateOn(team, date);
                if (state != null && Boolean.TRUE.equals(state.get("active"))) {
                    expected.put(labels.get(team), new TeamRow((String) state.get("name"), (String) state.get("kind"),
                            label((UUID) state.get("parent")), label((UUID) state.get("lead"))));
                }
            }
            return expected;
        }

        private Map<String, PersonRow> expectedPeople(LocalDate date) {
            Map<String, PersonRow> expected = new TreeMap<>();
            for (UUID person : people) {
                Map<String, Object> state = model.stateOn(person, date);
                if (state != null && Boolean.TRUE.equals(state.get("active"))) {
                    expected.put(labels.get(person), new PersonRow(label((UUID) state.get("team")),
                            label((UUID) state.get("manager")), (String) state.get("title"), (String) state.get("level")));
                }
            }
            return expected;
        }

        /**
         * What the rules promise on every date, checked on the chart itself: a chart that agreed with a wrong
         * model would still be caught if the rules let something through.
         */
        private void assertInvariants(Map<String, TeamRow> chartTeams, Map<String, PersonRow> chartPeople, LocalDate date) {
            for (Map.Entry<String, PersonRow> person : chartPeople.entrySet()) {
                PersonRow row = person.getValue();
                assertThat(chartTeams).as("team of %s on %s", person.getKey(), date).containsKey(row.team());
                if (row.manager() != null) {
                    assertThat(chartPeople).as("manager of %s on %s", person.getKey(), date).containsKey(row.manager());
                }
                Set<String> chain = new HashSet<>();
                for (String at = person.getKey(); at != null; at = chartPeople.containsKey(at) ? chartPeople.get(at).manager() : null) {
                    assertThat(chain.add(at)).as("reporting cycle through %s on %s: %s", at, date, chain).isTrue();
                }
            }
            for (Map.Entry<String, TeamRow> team : chartTeams.entrySet()) {
                TeamRow row = team.getValue();
                if (row.parent() != null) {
                    assertThat(chartTeams).as("parent of %s on %s", team.getKey(), date).containsKey(row.parent());
                }
                if (row.lead() != null) {
                    assertThat(chartPeople).as("lead of %s on %s", team.getKey(), date).containsKey(row.lead());
                }
                Set<String> chain = new HashSet<>();
                for (String at = team.getKey(); at != null; at = chartTeams.containsKey(at) ? chartTeams.get(at).parent() : null) {
                    assertThat(chain.add(at)).as("team cycle through %s on %s: %s", at, date, chain).isTrue();
                }
            }
        }

        // ---- the setup, which must all be accepted

        private UUID formTeam(String name, String kind, UUID parent, LocalDate date) {
            Map<String, Object> body = body("name", name, "kind", kind, "parentId", parent, "effectiveDate", date);
            UUID id = api.post("/api/teams", body).expect(201).id();
            labels.put(id, "T" + teams.size());
            teams.add(id);
            model.record(id, date, fields("active", true, "name", name, "kind", kind, "parent", parent, "lead", null));
            log.add("form " + labels.get(id) + " '" + name + "' under " + label(parent) + " on " + date);
            return id;
        }

        private void hire(int index, UUID team, UUID manager, LocalDate date) {
            String title = pick(TITLES);
            String level = pick(LEVELS);
            Map<String, Object> body = body("name", "Person " + index + " " + tag, "email",
                    "p" + index + "." + tag + "." + UUID.randomUUID() + "@example.com", "title", title, "teamId", team,
                    "managerId", manager, "level", level, "startDate", date);
            UUID id = api.post("/api/people", body).expect(201).id();
            labels.put(id, "P" + people.size());
            people.add(id);
            model.record(id, date, fields("active", true, "team", team, "manager", manager, "title", title.strip(),
                    "level", level));
            log.add("hire " + labels.get(id) + " into " + label(team) + " under " + label(manager) + " on " + date);
        }

        // ---- the random commands; the API decides which are accepted, the model mirrors those

        private void transfer() {
            UUID person = pick(people);
            UUID team = pick(teams);
            LocalDate date = randomDate();
            send("transfer " + label(person) + " to " + label(team) + " on " + date, "/api/people/" + person + "/transfer",
                    body("teamId", team, "effectiveDate", date), () -> model.record(person, date, fields("team", team)));
        }

        private void changeManager() {
            UUID person = pick(people);
            // Now and then nobody, and now and then the person themself, which is bad input.
            UUID manager = random.nextInt(100) < 10 ? null : pick(people);
            LocalDate date = randomDate();
            send("manager of " + label(person) + " := " + label(manager) + " on " + date, "/api/people/" + person + "/manager",
                    body("managerId", manager, "effectiveDate", date),
                    () -> model.record(person, date, fields("manager", manager)));
        }

        private void changeTitle() {
            UUID person = pick(people);
            String title = pick(TITLES);
            LocalDate date = randomDate();
            send("title of " + label(person) + " := '" + title + "' on " + date, "/api/people/" + person + "/title",
                    body("title", title, "effectiveDate", date),
                    () -> model.record(person, date, fields("title", title.strip())));
        }

        private void changeLevel() {
            UUID person = pick(people);
            String level = pick(LEVELS);
            String kind = pick(LEVEL_KINDS);
            LocalDate date = randomDate();
            send("level of " + label(person) + " := " + level + " (" + kind + ") on " + date, "/api/people/" + person + "/level",
                    body("level", level, "kind", kind, "effectiveDate", date),
                    () -> model.record(person, date, fields("level", level)));
        }

        private void moveTeam() {
            UUID team = pick(teams);
            UUID parent = random.nextInt(100) < 10 ? null : pick(teams);
            LocalDate date = randomDate();
            send("move " + label(team) + " under " + label(parent) + " on " + date, "/api/teams/" + team + "/move",
                    body("parentId", parent, "effectiveDate", date), () -> model.record(team, date, fields("parent", parent)));
        }

        private void renameTeam() {
            UUID team = pick(teams);
            String base = pick(TEAM_NAMES) + " " + tag;
            // Sibling names clash ignoring case, so a different case must be refused just the same.
            String name = random.nextInt(100) < 20 ? base.toUpperCase() : base;
            LocalDate date = randomDate();
            send("rename " + label(team) + " to '" + name + "' on " + date, "/api/teams/" + team + "/rename",
                    body("name", name, "effectiveDate", date), () -> model.record(team, date, fields("name", name)));
        }

        private void assignLead() {
            UUID team = pick(teams);
            UUID lead = random.nextInt(100) < 15 ? null : pick(people);
            LocalDate date = randomDate();
            send("lead of " + label(team) + " := " + label(lead) + " on " + date, "/api/teams/" + team + "/lead",
                    body("personId", lead, "effectiveDate", date), () -> model.record(team, date, fields("lead", lead)));
        }

        private void leave() {
            UUID person = pick(people);
            LocalDate date = endDate(person);
            Map<String, Object> state = model.stateOn(person, date);
            UUID ownManager = state == null ? null : (UUID) state.get("manager");
            List<UUID> reportsThen = activeOn(people, date, "manager", person);
            // One of the leaver's own reports as successor takes the leaver's manager instead of themself.
            int roll = random.nextInt(100);
            UUID successor = roll < 30 ? ownManager
                    : roll < 55 && !reportsThen.isEmpty() ? pick(reportsThen)
                    : roll < 90 ? pick(people) : null;
            String kind = pick(LEAVE_KINDS);
            send("leave " + label(person) + " (" + kind + ", reports to " + label(successor) + ") on " + date,
                    "/api/people/" + person + "/leave", body("kind", kind, "newManagerForReports", successor, "effectiveDate", date),
                    () -> {
                        // Read the state before recording anything of this leave, as the command side does.
                        UUID leaversManager = (UUID) model.stateOn(person, date).get("manager");
                        List<UUID> reports = activeOn(people, date, "manager", person);
                        List<UUID> led = activeOn(teams, date, "lead", person);
                        for (UUID report : reports) {
                            UUID manager = report.equals(successor) ? leaversManager : successor;
                            model.record(report, date, fields("manager", manager));
                        }
                        for (UUID team : led) {
                            model.record(team, date, fields("lead", null));
                        }
                        model.record(person, date, fields("active", false));
                        endDates.add(date);
                    });
        }

        private void dissolve() {
            List<UUID> candidates = teams.stream().filter(t -> !t.equals(root)).toList();
            UUID team = pick(candidates);
            // Mostly with a destination; without one, a team that still has members or sub-teams is refused.
            UUID destination = random.nextInt(100) < 80 ? pick(teams) : null;
            LocalDate date = endDate(team);
            send("dissolve " + label(team) + " moving members to " + label(destination) + " on " + date,
                    "/api/teams/" + team + "/dissolve", body("moveMembersTo", destination, "effectiveDate", date), () -> {
                        if (destination != null) {
                            List<UUID> members = activeOn(people, date, "team", team);
                            List<UUID> subTeams = activeOn(teams, date, "parent", team);
                            for (UUID member : members) {
                                model.record(member, date, fields("team", destination));
                            }
                            for (UUID subTeam : subTeams) {
                                model.record(subTeam, date, fields("parent", destination));
                            }
                        }
                        model.record(team, date, fields("active", false, "lead", null));
                        endDates.add(date);
                    });
        }

        /**
         * Sends one change and mirrors it in the model only when the API accepts it. Either way the event
         * log must agree: a refusal records nothing, an acceptance exactly the facts the model mirrored.
         */
        private void send(String what, String path, Map<String, Object> body, Runnable mirror) {
            long eventsBefore = EventLog.size(jdbc);
            Api.Response response = api.post(path, body);
            int status = response.status();
            assertThat(status).as("seed %d: %s answered %s", seed, what, response.body()).isIn(200, 400, 409);
            long recorded = EventLog.size(jdbc) - eventsBefore;
            if (status == 200) {
                int factsBefore = model.size();
                mirror.run();
                acceptedChanges++;
                int mirrored = model.size() - factsBefore;
                log.add("OK   " + what + (mirrored > 1 ? " (" + mirrored + " facts)" : ""));
                assertThat(recorded).as("seed %d: events recorded by %s", seed, what).isEqualTo(mirrored);
            } else {
                refusedChanges++;
                log.add(status + "  " + what + ": " + response.json().get("detail").asString());
                assertThat(recorded).as("seed %d: events recorded by the refused %s", seed, what).isZero();
            }
        }

        /** The subjects active on the date whose field names the value, in the model. */
        private List<UUID> activeOn(List<UUID> subjects, LocalDate date, String field, UUID value) {
            return subjects.stream().filter(s -> {
                Map<String, Object> state = model.stateOn(s, date);
                return state != null && Boolean.TRUE.equals(state.get("active")) && value.equals(state.get(field));
            }).toList();
        }

        /**
         * A date to end a subject: mostly on or after its latest known fact, which an end has to respect,
         * so that some leaves and dissolutions get through; sometimes any date, which usually does not.
         */
        private LocalDate endDate(UUID subject) {
            if (random.nextInt(100) < 30) {
                return randomDate();
            }
            return model.lastDate(subject).plusDays(random.nextInt(240));
        }

        /**
         * Mostly any day of the three years; often a day that already carries a fact or one next to it, so
         * that changes meet on the same date and at the edges of each other; sometimes before the org existed.
         */
        private LocalDate randomDate() {
            int roll = random.nextInt(100);
            List<LocalDate> used = new ArrayList<>(model.dates());
            if (roll < 25) {
                return used.get(random.nextInt(used.size()));
            }
            if (roll < 35) {
                return used.get(random.nextInt(used.size())).plusDays(random.nextBoolean() ? 1 : -1);
            }
            if (roll < 38) {
                return start.minusDays(1 + random.nextInt(60));
            }
            return start.plusDays(random.nextInt(WINDOW_DAYS));
        }

        private List<LocalDate> sortedDates(int count, int spreadDays) {
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                dates.add(start.plusDays(random.nextInt(spreadDays)));
            }
            dates.sort(Comparator.naturalOrder());
            return dates;
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private String label(UUID id) {
            return id == null ? null : labels.getOrDefault(id, id.toString());
        }

        private String label(String id) {
            return id == null ? null : label(UUID.fromString(id));
        }
    }

    /**
     * Every accepted fact: the fields it sets on one subject from its date on. A subject's state on a date
     * is its facts up to that date, applied in date order and, within a date, in the order they were accepted.
     */
    private static final class Model {

        private final List<Fact> facts = new ArrayList<>();

        void record(UUID subject, LocalDate date, Map<String, Object> fields) {
            facts.add(new Fact(subject, date, facts.size(), fields));
        }

        int size() {
            return facts.size();
        }

        Map<String, Object> stateOn(UUID subject, LocalDate date) {
            List<Fact> applicable = facts.stream()
                    .filter(f -> f.subject().equals(subject) && !f.date().isAfter(date))
                    .sorted(Comparator.comparing(Fact::date).thenComparingLong(Fact::order))
                    .toList();
            if (applicable.isEmpty()) {
                return null;
            }
            Map<String, Object> state = new HashMap<>();
            applicable.forEach(f -> state.putAll(f.fields()));
            return state;
        }

        LocalDate firstDate(UUID subject) {
            return facts.stream().filter(f -> f.subject().equals(subject)).map(Fact::date).min(Comparator.naturalOrder())
                    .orElseThrow();
        }

        LocalDate lastDate(UUID subject) {
            return facts.stream().filter(f -> f.subject().equals(subject)).map(Fact::date).max(Comparator.naturalOrder())
                    .orElseThrow();
        }

        Set<LocalDate> dates() {
            Set<LocalDate> dates = new TreeSet<>();
            facts.forEach(f -> dates.add(f.date()));
            return dates;
        }
    }

    private record Fact(UUID subject, LocalDate date, long order, Map<String, Object> fields) {
    }

    private record TeamRow(String name, String kind, String parent, String lead) {
    }

    private record PersonRow(String team, String manager, String title, String level) {
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** Pairs as a JSON body; nulls stay, because "no manager" and "to the top" are sent as null. */

    /** Field values of a fact, allowing nulls for cleared references. */
    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
