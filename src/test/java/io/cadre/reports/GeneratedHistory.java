package io.cadre.reports;

import static io.cadre.support.Api.body;

import io.cadre.support.Api;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A small organisation with two years of history (hires, leavers, transfers, new managers, level changes and a team
 * moved), sent as commands through the REST API, and kept as plain facts from which a test computes, on its own, what
 * each report should say on any date.
 */
public final class GeneratedHistory {

    /** Levels of {@code Ladders.small("eng")}: an engineer's, from junior up, and the managers'. */
    static final List<String> IC_LEVELS = List.of("eng/junior", "eng/mid", "eng/senior", "eng/staff");
    static final String LEAD = "eng/lead";
    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final LocalDate END = LocalDate.of(2025, 12, 31);

    /** One command as it was sent: its date and what it set. */
    public sealed interface Op permits FormTeam, MoveTeam, Hire, Transfer, NewManager, NewLevel, Leave {
        LocalDate date();
    }

    record FormTeam(LocalDate date, UUID id, String name, UUID parent) implements Op {
    }

    record MoveTeam(LocalDate date, UUID id, UUID parent) implements Op {
    }

    record Hire(LocalDate date, UUID id, UUID team, UUID manager, String level) implements Op {
    }

    record Transfer(LocalDate date, UUID id, UUID team) implements Op {
    }

    record NewManager(LocalDate date, UUID id, UUID manager) implements Op {
    }

    record NewLevel(LocalDate date, UUID id, String level) implements Op {
    }

    record Leave(LocalDate date, UUID id, String kind) implements Op {
    }

    public final List<Op> ops = new ArrayList<>();
    public UUID top;
    public UUID product;
    public UUID checkout;
    public UUID search;
    public UUID platform;
    private final Map<UUID, String> names = new HashMap<>();

    /** Sends the history to Cadre, in the order of its dates. */
    public static GeneratedHistory send(Api api, String tag, long seed) {
        GeneratedHistory history = new GeneratedHistory();
        history.generate(api, tag, new Random(seed));
        return history;
    }

    private void generate(Api api, String tag, Random random) {
        top = formTeam(api, "Engineering " + tag, null, "ORGANIZATION");
        product = formTeam(api, "Product " + tag, top, "DEPARTMENT");
        checkout = formTeam(api, "Checkout " + tag, product, "TEAM");
        search = formTeam(api, "Search " + tag, product, "TEAM");
        platform = formTeam(api, "Platform " + tag, top, "TEAM");
        UUID vp = hire(api, "Vera VP " + tag, top, null, LEAD, START);
        UUID head = hire(api, "Hugo Head " + tag, product, vp, LEAD, START);
        Map<UUID, UUID> leads = new LinkedHashMap<>();
        leads.put(checkout, hire(api, "Cleo Checkout " + tag, checkout, head, LEAD, START));
        leads.put(search, hire(api, "Sam Search " + tag, search, head, LEAD, START));
        leads.put(platform, hire(api, "Pia Platform " + tag, platform, vp, LEAD, START));
        List<UUID> teams = new ArrayList<>(leads.keySet());
        List<UUID> engineers = new ArrayList<>();
        Map<UUID, UUID> teamOf = new HashMap<>();
        Map<UUID, Integer> rank = new HashMap<>();
        int hired = 0;
        for (UUID team : teams) {
            for (int i = 0; i < 2; i++) {
                int level = random.nextInt(3);
                UUID id = hire(api, "Eng " + tag + " " + (++hired), team, leads.get(team), IC_LEVELS.get(level), START);
                engineers.add(id);
                teamOf.put(id, team);
                rank.put(id, level);
            }
        }
        boolean moved = false;
        boolean regrouped = false;
        for (LocalDate date = START.plusDays(12); date.isBefore(END); date = date.plusDays(9 + random.nextInt(6))) {
            if (!moved && date.isAfter(LocalDate.of(2025, 3, 1))) {
                moved = true;
                api.post("/api/teams/" + search + "/move", body("parentId", top, "effectiveDate", date, "reason", "Search stands alone"))
                        .expect(200);
                ops.add(new MoveTeam(date, search, top));
                continue;
            }
            if (!regrouped && date.isAfter(LocalDate.of(2025, 6, 1))) {
                regrouped = true;
                send(api, "/api/people/" + leads.get(platform) + "/manager", body("managerId", head, "effectiveDate", date));
                ops.add(new NewManager(date, leads.get(platform), head));
                continue;
            }
            int action = random.nextInt(100);
            if (action < 40 || engineers.size() < 4) {
                UUID team = teams.get(random.nextInt(teams.size()));
                int level = random.nextInt(3);
                UUID id = hire(api, "Eng " + tag + " " + (++hired), team, leads.get(team), IC_LEVELS.get(level), date);
                engineers.add(id);
                teamOf.put(id, team);
                rank.put(id, level);
            } else if (action < 55) {
                UUID id = engineers.get(random.nextInt(engineers.size()));
                UUID team = teams.get(random.nextInt(teams.size()));
                if (team.equals(teamOf.get(id))) {
                    continue;
                }
                send(api, "/api/people/" + id + "/transfer", body("teamId", team, "effectiveDate", date));
                ops.add(new Transfer(date, id, team));
                send(api, "/api/people/" + id + "/manager", body("managerId", leads.get(team), "effectiveDate", date));
                ops.add(new NewManager(date, id, leads.get(team)));
                teamOf.put(id, team);
            } else if (action < 80) {
                UUID id = engineers.get(random.nextInt(engineers.size()));
                int level = rank.get(id);
                if (level + 1 >= IC_LEVELS.size()) {
                    continue;
                }
                rank.put(id, level + 1);
                send(api, "/api/people/" + id + "/level", body("level", IC_LEVELS.get(level + 1), "kind", "PROMOTION", "effectiveDate", date));
                ops.add(new NewLevel(date, id, IC_LEVELS.get(level + 1)));
            } else {
                UUID id = engineers.remove(random.nextInt(engineers.size()));
                String kind = List.of("VOLUNTARY", "VOLUNTARY", "INVOLUNTARY", "OTHER").get(random.nextInt(4));
                send(api, "/api/people/" + id + "/leave", body("kind", kind, "effectiveDate", date));
                ops.add(new Leave(date, id, kind));
            }
        }
    }

    private UUID formTeam(Api api, String name, UUID parent, String kind) {
        UUID id = api.post("/api/teams", body("name", name, "parentId", parent, "kind", kind, "effectiveDate", START)).expect(201).id();
        ops.add(new FormTeam(START, id, name, parent));
        names.put(id, name);
        return id;
    }

    private UUID hire(Api api, String name, UUID team, UUID manager, String level, LocalDate date) {
        UUID id = api.post("/api/people", body("name", name, "email", name.toLowerCase().replace(' ', '.') + "@example.com",
                "title", "Engineer", "teamId", team, "managerId", manager, "level", level, "startDate", date)).expect(201).id();
        ops.add(new Hire(date, id, team, manager, level));
        names.put(id, name);
        return id;
    }

    private static void send(Api api, String path, Map<String, Object> body) {
        api.post(path, body).expect(200);
    }

    public String name(UUID id) {
        return names.get(id);
    }

    /** The organisation as the facts make it on a date, computed here without Cadre. */
    public Snapshot on(LocalDate date) {
        Snapshot s = new Snapshot(date);
        for (Op op : ops) {
            if (op.date().isAfter(date)) {
                break;
            }
            switch (op) {
                case FormTeam f -> s.parent.put(f.id(), f.parent());
                case MoveTeam m -> s.parent.put(m.id(), m.parent());
                case Hire h -> {
                    s.active.add(h.id());
                    s.team.put(h.id(), h.team());
                    s.manager.put(h.id(), h.manager());
                    s.level.put(h.id(), h.level());
                    s.levelSince.put(h.id(), h.date());
                    s.hires.add(new Movement(h.date(), h.id(), h.team(), null));
                }
                case Transfer t -> s.team.put(t.id(), t.team());
                case NewManager m -> s.manager.put(m.id(), m.manager());
                case NewLevel l -> {
                    s.level.put(l.id(), l.level());
                    s.levelSince.put(l.id(), l.date());
                }
                case Leave l -> {
                    s.active.remove(l.id());
                    s.leaves.add(new Movement(l.date(), l.id(), s.team.get(l.id()), l.kind()));
                }
            }
        }
        return s;
    }

    /** A hire or a departure. */
    public record Movement(LocalDate date, UUID person, UUID team, String kind) {
    }

    /** The organisation on one date, and the hires and departures up to it. */
    public static final class Snapshot {
        public final LocalDate date;
        final Map<UUID, UUID> parent = new HashMap<>();
        final Set<UUID> active = new HashSet<>();
        final Map<UUID, UUID> team = new HashMap<>();
        final Map<UUID, UUID> manager = new HashMap<>();
        final Map<UUID, String> level = new HashMap<>();
        final Map<UUID, LocalDate> levelSince = new HashMap<>();
        final List<Movement> hires = new ArrayList<>();
        final List<Movement> leaves = new ArrayList<>();

        Snapshot(LocalDate date) {
            this.date = date;
        }

        /** The teams from root down. */
        public Set<UUID> teamsUnder(UUID root) {
            Set<UUID> found = new HashSet<>(Set.of(root));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Map.Entry<UUID, UUID> e : parent.entrySet()) {
                    if (e.getValue() != null && found.contains(e.getValue()) && found.add(e.getKey())) {
                        grew = true;
                    }
                }
            }
            return found;
        }

        public List<UUID> people(Set<UUID> teams) {
            return active.stream().filter(p -> teams.contains(team.get(p))).toList();
        }

        public UUID teamOf(UUID person) {
            return team.get(person);
        }

        public UUID managerOf(UUID person) {
            return manager.get(person);
        }

        public String levelOf(UUID person) {
            return level.get(person);
        }

        public long daysInLevel(UUID person) {
            return ChronoUnit.DAYS.between(levelSince.get(person), date);
        }

        public int directReports(UUID person) {
            return (int) active.stream().filter(p -> person.equals(manager.get(p))).count();
        }

        public List<Movement> hires() {
            return hires;
        }

        public List<Movement> leaves() {
            return leaves;
        }
    }
}
