package io.cadre.bench;

import io.cadre.access.api.Accounts;
import io.cadre.org.api.LeaveKind;
import io.cadre.org.api.LevelChangeKind;
import io.cadre.org.api.LevelChanged;
import io.cadre.org.api.ManagerChanged;
import io.cadre.org.api.OrgEvent;
import io.cadre.org.api.PersonHired;
import io.cadre.org.api.PersonLeft;
import io.cadre.org.api.PersonTransferred;
import io.cadre.org.api.TeamFormed;
import io.cadre.org.api.TeamKind;
import io.cadre.org.api.TeamLeadAssigned;
import io.cadre.org.api.TeamMoved;
import io.cadre.org.api.TeamRenamed;
import io.cadre.org.api.TitleChanged;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Generates an engineering organisation and years of its history as the events Cadre would have recorded,
 * by playing a dated agenda forward: units are formed top-down, teams fill up, people are promoted, move,
 * change managers and leave, teams get new leads and move between groups. Each action reads the state of its
 * own date, so the history keeps the domain's rules by construction: a reference only names a team or person
 * that exists for as long as it holds, nobody changes after leaving, team names are unique, and every manager is
 * the head of the person's own unit (for a contributor) or of the unit above (for a head), so the reporting
 * lines follow the unit tree and no date has a cycle. The generator asserts that last invariant on every
 * assignment rather than trusting it.
 */
final class OrgHistory {

    /** One event as it goes into the event store, numbered within its aggregate. */
    record StoredEvent(String aggregateType, UUID aggregateId, long sequence, OrgEvent payload, UUID requestId, String reason) {
    }

    /** A person's personal data, which Cadre keeps outside the event log. */
    record PersonalData(UUID personId, String name, String email, String employeeNumber) {
    }

    /** The generated organisation: its events in recording order, and what the benchmark needs to know of today's org. */
    record Org(List<StoredEvent> events, List<PersonalData> people, List<UUID> contributors, UUID rootHead,
               UUID subtreeRoot, String subtreeName, int subtreePeople, int activePeople, int hired, int left,
               int teams, int layers, LocalDate firstDay, LocalDate lastDay, Transfer sampleTransfer) {

        /** The same org without its events and personal data, once they are stored, so they weigh nothing on the heap. */
        Org withoutHistory() {
            return new Org(List.of(), List.of(), contributors, rootHead, subtreeRoot, subtreeName, subtreePeople, activePeople,
                    hired, left, teams, layers, firstDay, lastDay, sampleTransfer);
        }
    }

    /** A contributor and a team they could move to today, with the head of that team: a command that must succeed. */
    record Transfer(UUID personId, UUID teamId, UUID teamHead) {
    }

    static final String PERSON = "Person";
    static final String TEAM = "Team";

    /** About eight people per team (a lead and seven), about seven teams or units under each unit. */
    private static final int CONTRIBUTORS_PER_TEAM = 7;
    private static final int SPAN = 7;
    private static final int SUBTREE_TARGET = 500;

    /** Levels of the shipped engineering ladder, which the benchmark publishes so that promotion cases can be nominated. */
    private static final String[] LEVELS = {"engineering/junior", "engineering/engineer", "engineering/senior-1",
            "engineering/senior-2-ic", "engineering/principal-ic", "engineering/principal-ic"};
    private static final String HEAD_OF_TEAM = "engineering/senior-2-pm";
    private static final String[] TITLES = {"Junior Software Engineer", "Software Engineer", "Senior Software Engineer",
            "Senior Software Engineer II", "Staff Software Engineer", "Principal Engineer"};
    private static final double[] HIRING_LEVELS = {0.15, 0.50, 0.80, 0.92, 0.99, 1.0};
    private static final String[] SPECIALTIES = {"Backend", "Frontend", "Mobile", "Data", "Infrastructure", "Security", "Reliability"};
    private static final String[] WORDS = {"Checkout", "Payments", "Search", "Identity", "Billing", "Mobile", "Data",
            "Infrastructure", "Observability", "Growth", "Onboarding", "Messaging", "Catalog", "Pricing", "Fraud", "Ledger",
            "Platform", "Tooling", "Reliability", "Storage", "Networking", "Insights", "Notifications", "Accounts",
            "Recommendations", "Logistics", "Compliance", "Experiments", "Developer Experience", "Integrations"};
    private static final String[] FIRST = {"Ada", "Alan", "Amara", "Ana", "Arjun", "Bea", "Ben", "Carla", "Chen", "Dara",
            "David", "Elena", "Emeka", "Eva", "Farah", "Felix", "Grace", "Hana", "Hugo", "Ines", "Ivan", "Jamal", "Jana",
            "Jonas", "Kai", "Kemi", "Lars", "Lea", "Leo", "Lina", "Luca", "Maya", "Mei", "Mikael", "Nadia", "Noah", "Nora",
            "Omar", "Paula", "Priya", "Quinn", "Rafael", "Rosa", "Sami", "Sara", "Sofia", "Tariq", "Theo", "Uma", "Vera",
            "Wei", "Yara", "Yusuf", "Zoe"};
    private static final String[] LAST = {"Adams", "Akhtar", "Almeida", "Andersen", "Bauer", "Bianchi", "Brown", "Costa",
            "Dubois", "Eriksson", "Fischer", "Garcia", "Haddad", "Hansen", "Ibrahim", "Ito", "Jansen", "Kaur", "Kim",
            "Kowalski", "Larsen", "Lopez", "Mensah", "Moreau", "Nakamura", "Nguyen", "Novak", "Okafor", "Olsen", "Patel",
            "Petrov", "Quist", "Rossi", "Santos", "Schmidt", "Silva", "Singh", "Tanaka", "Torres", "Varga", "Wagner",
            "Wang", "Weber", "Yilmaz", "Zhang"};

    private final Random random;
    private final LocalDate firstDay;
    private final LocalDate today;
    private final PriorityQueue<Action> agenda = new PriorityQueue<>(
            Comparator.comparing(Action::date).thenComparingLong(Action::order));
    private final List<StoredEvent> events = new ArrayList<>();
    private final List<PersonalData> people = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<Unit> formedTeams = new ArrayList<>();
    private final Map<Integer, List<Unit>> formedUnitsByDepth = new HashMap<>();
    private long order;
    private UUID request;
    private int hired;
    private int left;

    private OrgHistory(long seed, LocalDate today, int years) {
        this.random = new Random(seed);
        this.today = today;
        this.firstDay = today.minusYears(years);
    }

    /**
     * Generates an organisation of about {@code size} people today with {@code years} of history before
     * {@code today}; the same seed and date give the same organisation.
     */
    static Org generate(int size, int years, long seed, LocalDate today) {
        return new OrgHistory(seed, today, years).play(size);
    }

    private Org play(int size) {
        // Each team brings a lead and seven contributors; the heads of the units above add about a sixth of a person per team.
        int teams = Math.max(1, (int) Math.round(size / (1 + CONTRIBUTORS_PER_TEAM + 1.0 / (SPAN - 1))));
        Unit root = plan(teams, null, 0);
        date(root);
        root.formed = firstDay;
        schedule(root);
        while (!agenda.isEmpty()) {
            Action action = agenda.poll();
            request = uuid();
            action.run().accept(action.date());
        }
        return summary(root);
    }

    // ---- the structure ----

    private Unit plan(int teams, Unit parent, int depth) {
        Unit unit = new Unit(uuid(), units.size() + 1, depth, parent);
        units.add(unit);
        if (teams == 1 && depth > 0) {
            unit.kind = TeamKind.TEAM;
        } else {
            unit.kind = depth == 0 ? TeamKind.ORGANIZATION : depth == 1 ? TeamKind.DEPARTMENT : TeamKind.GROUP;
            int parts = Math.min(SPAN, teams);
            for (int i = 0; i < parts; i++) {
                int share = teams / parts + (i < teams % parts ? 1 : 0);
                unit.children.add(plan(share, unit, depth + 1));
            }
        }
        unit.name = depth == 0 ? "Engineering" : word() + " " + unit.number;
        return unit;
    }

    /**
     * Teams form over the years, more of them early on (about half of today's teams exist two years before the
     * end of a three-year history); a unit above forms with its first team. The last teams form four months
     * before today so that they have time to fill.
     */
    private void date(Unit unit) {
        if (unit.isTeam()) {
            long usable = Math.max(1, ChronoUnit.DAYS.between(firstDay, today) - 120);
            unit.formed = firstDay.plusDays((long) (usable * Math.pow(random.nextDouble(), 2)));
            return;
        }
        LocalDate earliest = null;
        for (Unit child : unit.children) {
            date(child);
            earliest = earliest == null || child.formed.isBefore(earliest) ? child.formed : earliest;
        }
        unit.formed = earliest;
    }

    /** Parents before children, so that on a shared date a unit is formed before the units under it. */
    private void schedule(Unit unit) {
        at(unit.formed, day -> form(unit, day));
        unit.children.forEach(this::schedule);
    }

    // ---- the actions ----

    private void form(Unit unit, LocalDate day) {
        emit(unit, new TeamFormed(unit.id, unit.name, unit.kind, unit.parent == null ? null : unit.parent.id,
                unit.isTeam() ? "Owns " + unit.name.replaceAll(" \\d+$", "").toLowerCase() + " end to end" : null, day), "team formed");
        Member head = hire(unit, day, unit.depth == 0 ? "engineering/tech-director" : unit.isTeam() ? HEAD_OF_TEAM
                        : unit.depth == 1 ? "engineering/tech-director" : "engineering/principal-pm",
                unit.depth == 0 ? "VP of Engineering" : unit.isTeam() ? "Engineering Manager"
                        : unit.depth == 1 ? "Director of Engineering" : "Senior Engineering Manager", true);
        unit.head = head;
        emit(unit, new TeamLeadAssigned(unit.id, head.id, day), "lead assigned");
        if (unit.isTeam()) {
            formedTeams.add(unit);
            long window = Math.max(1, Math.min(300, ChronoUnit.DAYS.between(day, today) - 1));
            for (int i = 0; i < CONTRIBUTORS_PER_TEAM; i++) {
                at(day.plusDays(1 + (long) (random.nextDouble() * window)), next -> hireContributor(unit, next));
            }
            at(day.plusDays(exponentialDays(8)), next -> changeLead(unit, next));
            at(day.plusDays(exponentialDays(12)), next -> move(unit, next));
            at(day.plusDays(exponentialDays(15)), next -> rename(unit, next));
        } else {
            formedUnitsByDepth.computeIfAbsent(unit.depth, d -> new ArrayList<>()).add(unit);
        }
    }

    private void hireContributor(Unit team, LocalDate day) {
        double draw = random.nextDouble();
        int level = 0;
        while (HIRING_LEVELS[level] < draw) {
            level++;
        }
        Member member = hire(team, day, LEVELS[level], TITLES[level], false);
        member.level = level;
        team.members.add(member);
        at(day.plusDays(120 + random.nextInt(300)), next -> grow(member, next));
        at(day.plusDays(Math.max(60, exponentialDays(8))), next -> leave(member, next));
        at(day.plusDays(Math.max(45, exponentialDays(4))), next -> transfer(member, next));
    }

    private Member hire(Unit unit, LocalDate day, String level, String title, boolean head) {
        Member member = new Member(uuid(), unit);
        member.leads = head;
        member.manager = head ? (unit.parent == null ? null : unit.parent.head) : unit.head;
        requireReportingLine(member);
        hired++;
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String employeeNumber = "E%07d".formatted(hired);
        people.add(new PersonalData(member.id, first + " " + last,
                (first + "." + last + "." + hired + "@example.com").toLowerCase(), employeeNumber));
        emit(member, new PersonHired(member.id, employeeNumber, title, unit.id,
                member.manager == null ? null : member.manager.id, level, null, day), "hired");
        return member;
    }

    /** A contributor's next step: mostly a promotion (a new level and title), otherwise a new specialty in the title. */
    private void grow(Member member, LocalDate day) {
        if (!member.active || member.leads) {
            return;
        }
        if (member.level < 4 && random.nextDouble() < 0.45) {
            member.level++;
            emit(member, new LevelChanged(member.id, LEVELS[member.level], LevelChangeKind.PROMOTION, null, day), "promotion");
            emit(member, new TitleChanged(member.id, TITLES[member.level], day), "promotion");
        } else {
            String specialty = SPECIALTIES[random.nextInt(SPECIALTIES.length)];
            emit(member, new TitleChanged(member.id, TITLES[member.level] + ", " + specialty, day), "new focus");
        }
        at(day.plusDays(150 + random.nextInt(300)), next -> grow(member, next));
    }

    private void leave(Member member, LocalDate day) {
        if (!member.active || member.leads) {
            return;
        }
        LeaveKind kind = random.nextDouble() < 0.8 ? LeaveKind.VOLUNTARY : LeaveKind.INVOLUNTARY;
        emit(member, new PersonLeft(member.id, kind, day), "left");
        member.active = false;
        left++;
        Unit team = member.team;
        team.members.remove(member);
        at(day.plusDays(20 + random.nextInt(70)), next -> hireContributor(team, next));
    }

    private void transfer(Member member, LocalDate day) {
        if (!member.active || member.leads) {
            return;
        }
        Unit to = otherTeam(member.team);
        if (to != null) {
            moveContributor(member, to, day, "transfer");
        }
        at(day.plusDays(Math.max(90, exponentialDays(4))), next -> transfer(member, next));
    }

    /**
     * A contributor takes over the team: the team names them lead, they report to the head above, the rest of the
     * team reports to them, and the former lead moves to another team as a staff engineer, all on one date.
     */
    private void changeLead(Unit team, LocalDate day) {
        Unit elsewhere = otherTeam(team);
        if (team.members.size() >= 2 && elsewhere != null) {
            List<Member> members = new ArrayList<>(team.members);
            Member successor = members.get(random.nextInt(members.size()));
            Member former = team.head;
            team.members.remove(successor);
            team.head = successor;
            successor.leads = true;
            emit(team, new TeamLeadAssigned(team.id, successor.id, day), "new lead");
            assignManager(successor, day, "new lead");
            emit(successor, new LevelChanged(successor.id, HEAD_OF_TEAM, LevelChangeKind.TRACK_SWITCH, null, day), "new lead");
            emit(successor, new TitleChanged(successor.id, "Engineering Manager", day), "new lead");
            for (Member member : team.members) {
                assignManager(member, day, "new lead");
            }
            former.leads = false;
            former.level = 4;
            moveContributor(former, elsewhere, day, "former lead moves on");
            emit(former, new LevelChanged(former.id, LEVELS[4], LevelChangeKind.TRACK_SWITCH, null, day), "former lead moves on");
            emit(former, new TitleChanged(former.id, TITLES[4], day), "former lead moves on");
        }
        at(day.plusDays(Math.max(90, exponentialDays(8))), next -> changeLead(team, next));
    }

    /** A team moves under another unit at the same depth; its lead then reports to that unit's head. */
    private void move(Unit team, LocalDate day) {
        List<Unit> candidates = formedUnitsByDepth.getOrDefault(team.parent.depth, List.of());
        if (candidates.size() > 1) {
            Unit to = candidates.get(random.nextInt(candidates.size()));
            if (to != team.parent) {
                team.parent.children.remove(team);
                to.children.add(team);
                team.parent = to;
                emit(team, new TeamMoved(team.id, to.id, day), "reorganisation");
                assignManager(team.head, day, "reorganisation");
            }
        }
        at(day.plusDays(Math.max(180, exponentialDays(12))), next -> move(team, next));
    }

    /** Names stay unique across the organisation (the unit's number is part of it), so no two siblings ever share one. */
    private void rename(Unit team, LocalDate day) {
        team.name = word() + " " + team.number;
        emit(team, new TeamRenamed(team.id, team.name, day), "renamed");
        at(day.plusDays(Math.max(180, exponentialDays(15))), next -> rename(team, next));
    }

    private void moveContributor(Member member, Unit to, LocalDate day, String reason) {
        member.team.members.remove(member);
        member.team = to;
        to.members.add(member);
        emit(member, new PersonTransferred(member.id, to.id, day), reason);
        assignManager(member, day, reason);
    }

    private void assignManager(Member member, LocalDate day, String reason) {
        member.manager = member.leads ? member.team.parent.head : member.team.head;
        requireReportingLine(member);
        emit(member, new ManagerChanged(member.id, member.manager.id, day), reason);
    }

    /** The invariant that keeps every date free of reporting cycles: a manager is the head of the unit just above. */
    private static void requireReportingLine(Member member) {
        Member expected = member.leads ? (member.team.parent == null ? null : member.team.parent.head) : member.team.head;
        if (member.manager != expected || (member.manager != null && !member.manager.active)) {
            throw new IllegalStateException("Generated a reporting line outside the unit tree for " + member.id);
        }
    }

    private Unit otherTeam(Unit not) {
        if (formedTeams.size() < 2) {
            return null;
        }
        Unit team = formedTeams.get(random.nextInt(formedTeams.size()));
        return team == not ? null : team;
    }

    // ---- bookkeeping ----

    private void emit(Subject subject, OrgEvent event, String reason) {
        String type = subject instanceof Unit ? TEAM : PERSON;
        events.add(new StoredEvent(type, subject.id, subject.nextSequence++, event, request, "Generated history: " + reason));
    }

    /** Actions dated today or later are left out: the history ends yesterday, and the benchmark's own commands take effect today. */
    private void at(LocalDate day, Consumer<LocalDate> action) {
        if (day.isBefore(today)) {
            agenda.add(new Action(day, order++, action));
        }
    }

    private long exponentialDays(double meanYears) {
        return (long) (-Math.log(1 - random.nextDouble()) * meanYears * 365);
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /** Version-4-shaped ids from the seeded random, so that the same seed gives the same organisation. */
    private UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    private Org summary(Unit root) {
        List<UUID> contributors = new ArrayList<>();
        int active = 0;
        for (Unit unit : units) {
            if (unit.head != null) {
                active++;
            }
            for (Member member : unit.members) {
                contributors.add(member.id);
                active++;
            }
        }
        Map<Unit, Integer> headcount = new HashMap<>();
        count(root, headcount);
        // Below the top, so that even in a 500-person org the subtree is a real part of it.
        Unit subtree = root.children.isEmpty() ? root : root.children.getFirst();
        for (Unit unit : units) {
            if (unit != root && Math.abs(headcount.get(unit) - SUBTREE_TARGET) < Math.abs(headcount.get(subtree) - SUBTREE_TARGET)) {
                subtree = unit;
            }
        }
        int layers = 1 + units.stream().mapToInt(u -> depthToday(u)).max().orElse(0);
        Transfer transfer = sampleTransfer();
        return new Org(events, people, contributors, root.head.id, subtree.id, subtree.name, headcount.get(subtree),
                active, hired, left, units.size(), layers, firstDay, today.minusDays(1), transfer);
    }

    private static int count(Unit unit, Map<Unit, Integer> headcount) {
        int total = (unit.head == null ? 0 : 1) + unit.members.size();
        for (Unit child : unit.children) {
            total += count(child, headcount);
        }
        headcount.put(unit, total);
        return total;
    }

    private static int depthToday(Unit unit) {
        int depth = 0;
        for (Unit u = unit.parent; u != null; u = u.parent) {
            depth++;
        }
        return depth;
    }

    private Transfer sampleTransfer() {
        for (Unit team : formedTeams) {
            if (!team.members.isEmpty()) {
                Member member = team.members.iterator().next();
                Unit to = formedTeams.stream().filter(t -> t != team).findFirst().orElse(null);
                if (to != null) {
                    return new Transfer(member.id, to.id, to.head.id);
                }
            }
        }
        return null;
    }

    private record Action(LocalDate date, long order, Consumer<LocalDate> run) {
    }

    /** A team or a person: what the event store calls an aggregate, with its next sequence number. */
    private abstract static class Subject {
        final UUID id;
        long nextSequence;

        Subject(UUID id) {
            this.id = id;
        }
    }

    private static final class Unit extends Subject {
        final int number;
        final int depth;
        final List<Unit> children = new ArrayList<>();
        final Set<Member> members = new LinkedHashSet<>();
        Unit parent;
        TeamKind kind;
        String name;
        LocalDate formed;
        Member head;

        Unit(UUID id, int number, int depth, Unit parent) {
            super(id);
            this.number = number;
            this.depth = depth;
            this.parent = parent;
        }

        boolean isTeam() {
            return kind == TeamKind.TEAM;
        }
    }

    private static final class Member extends Subject {
        Unit team;
        Member manager;
        boolean active = true;
        boolean leads;
        int level;

        Member(UUID id, Unit team) {
            super(id);
            this.team = team;
        }
    }
}
