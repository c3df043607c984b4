package io.cadre.audit.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cadre.org.api.GetPersonName;
import io.cadre.org.api.ListPersonNames;
import io.cadre.org.api.PersonName;
import io.cadre.org.api.PersonNames;
import io.cadre.platform.persistence.BulkInsert;
import io.cadre.platform.persistence.IdCondition;
import io.cadre.platform.projection.ProjectionBatch;
import io.cadre.platform.projection.ReplayMemory;
import java.lang.reflect.RecordComponent;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the timeline knows of each subject (team, person, ladder, position, candidate, objective, key result) as of the
 * last change it recorded: its name and the fields a later change's "before" is read from. Kept in {@code audit_subject}
 * by the audit projection alone, in its processor's transaction, so a rebuild builds it again in the same order.
 */
class Facts {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String CACHE = Facts.class.getName() + ".subjects";
    private static final String SUBJECTS = "audit-subjects";
    private static final String NAMES_IN_STORE = Facts.class.getName() + ".namesInStore";
    private static final List<String> SUBJECT_TYPES = List.of("uuid", "text", "text", "jsonb", "uuid[]");
    /** Subjects a replay's memory holds at most (about 100 MiB): past that it forgets them all and reads them again. */
    private static final int REMEMBERED = 250_000;
    private static final String FORMER_NAMES = "formerNames";
    private static final TypeReference<Map<String, List<String>>> NAMES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> ATTRS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final QueryGateway queries;

    Facts(JdbcTemplate jdbc, QueryGateway queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** A subject as last recorded. */
    record Subject(UUID id, String kind, String name, Map<String, String> attrs, List<UUID> path) {

        String attr(String key) {
            return attrs.get(key);
        }

        UUID uuid(String key) {
            String value = attrs.get(key);
            return value == null ? null : UUID.fromString(value);
        }
    }

    Subject get(UUID id) {
        if (id == null) {
            return null;
        }
        Known known = known();
        Optional<Subject> subject = known.subjects.get(id);
        if (subject == null) {
            subject = known.complete ? Optional.empty() : load(id);
            if (subject.isPresent()) {
                known.put(subject.get());
            } else {
                known.subjects.put(id, subject);
            }
        }
        return subject.orElse(null);
    }

    private Optional<Subject> load(UUID id) {
        return Optional.ofNullable(loadAll(new String[]{id.toString()}).get(id));
    }

    private Map<UUID, Subject> loadAll(String[] ids) {
        Map<UUID, Subject> found = new HashMap<>();
        jdbc.query(con -> {
            var statement = con.prepareStatement("select id, kind, name, attrs::text, path from audit_subject where id"
                    + IdCondition.of(ids));
            IdCondition.bind(statement, ids);
            return statement;
        }, rs -> {
            try {
                Subject subject = new Subject(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        JSON.readValue(rs.getString(4), ATTRS), uuids(rs.getArray(5)));
                found.put(subject.id(), subject);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        return found;
    }

    /**
     * The subjects a live batch's events may name, read in one statement when the batch first asks for one: every
     * identifier an event holds (a field, or a list of them), subject or not. Those not in the table are known to be
     * none until the batch records them. Read one by one, a batch of a few dozen events took a statement per subject.
     */
    private Known prefetched(UnitOfWork<?> unitOfWork) {
        Known known = new Known(false);
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch)) {
            return known;
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (Message<?> message : batch.getMessages()) {
            if (message.getPayload() instanceof Record event) {
                identifiers(event, ids);
            }
        }
        if (!ids.isEmpty()) {
            Map<UUID, Subject> found = loadAll(ids.stream().map(UUID::toString).toArray(String[]::new));
            for (UUID id : ids) {
                Subject subject = found.get(id);
                if (subject != null) {
                    known.put(subject);
                } else {
                    known.subjects.put(id, Optional.empty());
                }
            }
        }
        return known;
    }

    private static void identifiers(Record event, Set<UUID> ids) {
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(event);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Unreadable event " + event.getClass(), e);
            }
            if (value instanceof UUID id) {
                ids.add(id);
            } else if (value instanceof Collection<?> values) {
                values.stream().filter(UUID.class::isInstance).map(UUID.class::cast).forEach(ids::add);
            }
        }
    }

    /**
     * The subjects this batch of events read or wrote, so that a batch reads each subject from the table once. It lives
     * as long as the batch's unit of work, so a batch rolled back, or handled by another node next time, starts afresh.
     * In a rebuild's replay it lives for the whole replay ({@link ReplayMemory}): it then holds every subject written since
     * the table was emptied, and a subject it does not hold is none, until it grows past {@link #REMEMBERED} subjects.
     */
    private Known known() {
        Optional<ReplayMemory> replay = ReplayMemory.current();
        if (replay.isPresent()) {
            ReplayMemory memory = replay.get();
            Known known = memory.get(CACHE, () -> new Known(memory.whole()));
            if (known.subjects.size() > REMEMBERED) {
                // What this batch wrote goes to the table before the memory forgets it.
                flush();
                known.clear();
            }
            return known;
        }
        if (!CurrentUnitOfWork.isStarted()) {
            return new Known(false);
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(CACHE, key -> prefetched(root));
    }

    /** The subjects known, and whether every subject of the table is among them. */
    private static final class Known {

        private final Map<UUID, Optional<Subject>> subjects = new HashMap<>();
        /** The known subjects placed in the hierarchy (teams). */
        private final Set<UUID> placed = new HashSet<>();
        /** The known teams directly below each team, by the parent their path names. */
        private final Map<UUID, Set<UUID>> children = new HashMap<>();
        private boolean complete;

        private Known(boolean complete) {
            this.complete = complete;
        }

        private void put(Subject subject) {
            Optional<Subject> previous = subjects.put(subject.id(), Optional.of(subject));
            UUID oldParent = previous == null ? null : previous.map(Known::parentOf).orElse(null);
            UUID parent = parentOf(subject);
            if (!Objects.equals(oldParent, parent)) {
                Set<UUID> siblings = oldParent == null ? null : children.get(oldParent);
                if (siblings != null) {
                    siblings.remove(subject.id());
                }
                if (parent != null) {
                    children.computeIfAbsent(parent, id -> new HashSet<>()).add(subject.id());
                }
            }
            if (subject.path() != null) {
                placed.add(subject.id());
            }
        }

        private static UUID parentOf(Subject subject) {
            return subject.path() != null && subject.path().size() > 1 ? subject.path().get(1) : null;
        }

        private void clear() {
            subjects.clear();
            placed.clear();
            children.clear();
            complete = false;
        }

        /**
         * The known teams below a team (in its path, not the team itself). When every team is known they are found down
         * the tree; otherwise a known team's parent may not be, and every known team is looked at.
         */
        private List<Subject> below(UUID teamId) {
            if (!complete) {
                return placed.stream().filter(id -> !id.equals(teamId)).map(subjects::get)
                        .filter(known -> known != null && known.isPresent() && known.get().path() != null && known.get().path().contains(teamId))
                        .map(Optional::get).toList();
            }
            List<Subject> below = new ArrayList<>();
            Set<UUID> seen = new HashSet<>(Set.of(teamId));
            Deque<UUID> next = new ArrayDeque<>(children.getOrDefault(teamId, Set.of()));
            while (!next.isEmpty()) {
                UUID id = next.pop();
                if (seen.add(id)) {
                    below.add(subjects.get(id).orElseThrow());
                    next.addAll(children.getOrDefault(id, Set.of()));
                }
            }
            return below;
        }

        private static List<UUID> moved(List<UUID> path, UUID teamId, List<UUID> teamPath) {
            List<UUID> moved = new ArrayList<>(path.subList(0, path.indexOf(teamId)));
            moved.addAll(teamPath);
            return List.copyOf(moved);
        }
    }

    /** Writes the subjects this batch changed so far, for a statement of the audit's own that must see them. */
    void flush() {
        ProjectionBatch.flush(SUBJECTS);
    }

    /** Forgets every subject known: a statement changed the table behind this memory's back. */
    void forget() {
        known().clear();
    }

    private void remember(Subject subject) {
        known().put(subject);
        ProjectionBatch.add(SUBJECTS, subject, this::write);
    }

    /** Writes each subject once, as the batch last left it. */
    private void write(List<Subject> changed) {
        Map<UUID, Subject> last = new LinkedHashMap<>();
        changed.forEach(subject -> last.put(subject.id(), subject));
        BulkInsert.into(jdbc, "audit_subject (id, kind, name, attrs, path)", SUBJECT_TYPES, last.values().stream()
                .map(s -> new String[]{s.id().toString(), s.kind(), AuditProjection.storable(s.name()),
                        AuditProjection.storable(AuditProjection.json(s.attrs())), s.path() == null ? null : literal(s.path())})
                .toList(), """
                 on conflict (id) do update set kind = excluded.kind, name = excluded.name, attrs = excluded.attrs,
                 path = excluded.path""");
    }

    /** The subject's name as last recorded, or a placeholder that still tells subjects apart. */
    String name(UUID id) {
        if (id == null) {
            return null;
        }
        Subject subject = get(id);
        return subject != null && subject.name() != null ? subject.name() : "unknown (" + id.toString().substring(0, 8) + ")";
    }

    String attr(UUID id, String key) {
        Subject subject = get(id);
        return subject == null ? null : subject.attr(key);
    }

    UUID uuidAttr(UUID id, String key) {
        Subject subject = get(id);
        return subject == null ? null : subject.uuid(key);
    }

    /**
     * A person's name from the personal-data store, which holds it before the hire is recorded. A rebuild's replay asks
     * for every name once, when it first needs one, and asks for a person hired since then alone.
     */
    String personNameFromStore(UUID personId) {
        Optional<ReplayMemory> replay = ReplayMemory.current();
        if (replay.isPresent()) {
            String name = replay.get().get(NAMES_IN_STORE,
                    () -> queries.query(new ListPersonNames(), PersonNames.class).join().names()).get(personId);
            if (name != null) {
                return name;
            }
        }
        PersonName found = queries.query(new GetPersonName(personId), PersonName.class).join();
        return found == null ? null : found.name();
    }

    /** Records a subject (replacing what was known); attributes given as null are dropped. */
    void put(UUID id, String kind, String name, Map<String, ?> attrs) {
        Map<String, String> text = new HashMap<>();
        attrs.forEach((key, value) -> {
            if (value != null) {
                text.put(key, value.toString());
            }
        });
        Subject before = get(id);
        remember(new Subject(id, kind, name, Map.copyOf(text), before == null ? null : before.path()));
    }

    /** Changes some attributes of a known subject (a null value removes one), keeping its name unless one is given. */
    void update(UUID id, String name, Map<String, ?> changes) {
        Subject subject = get(id);
        Map<String, Object> attrs = new HashMap<>(subject == null ? Map.of() : subject.attrs());
        changes.forEach((key, value) -> {
            if (value == null) {
                attrs.remove(key);
            } else {
                attrs.put(key, value);
            }
        });
        put(id, subject == null ? "UNKNOWN" : subject.kind(), name != null ? name : subject == null ? null : subject.name(), attrs);
    }

    /**
     * Gives a person their corrected name, remembering the one the timeline knew them by until now: the entries recorded
     * before the correction still read that name, and an erasure has to find it there.
     */
    void rename(UUID personId, String name) {
        Subject subject = get(personId);
        List<String> former = new ArrayList<>(formerNames(subject));
        if (subject != null && subject.name() != null && !subject.name().equals(name) && !former.contains(subject.name())) {
            former.add(subject.name());
        }
        update(personId, name, former.isEmpty() ? Map.of() : Map.of(FORMER_NAMES, json(Map.of("names", former))));
    }

    /** Every name the timeline has known a person by: the one now, then any it had before a correction. */
    List<String> namesOf(UUID personId) {
        Subject subject = get(personId);
        List<String> names = new ArrayList<>();
        if (subject != null && subject.name() != null) {
            names.add(subject.name());
        }
        formerNames(subject).stream().filter(name -> !names.contains(name)).forEach(names::add);
        return names;
    }

    /** Forgets every name of a person: from now on the timeline knows them by the placeholder alone. */
    void erase(UUID personId, String placeholder) {
        update(personId, placeholder, OrgDescriber.nullable(FORMER_NAMES, null));
    }

    private static List<String> formerNames(Subject subject) {
        String stored = subject == null ? null : subject.attr(FORMER_NAMES);
        if (stored == null) {
            return List.of();
        }
        try {
            return JSON.readValue(stored, NAMES).getOrDefault("names", List.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The team and every team above it, the team first, as last recorded; empty for an unknown team. */
    List<UUID> path(UUID teamId) {
        Subject team = get(teamId);
        return team == null || team.path() == null ? List.of() : team.path();
    }

    /** Places a team under a parent (null: at the top), and every team below it along with it. */
    void placeTeam(UUID teamId, UUID parentId) {
        Subject team = get(teamId);
        if (team == null) {
            return;
        }
        List<UUID> old = team.path() == null ? List.of() : team.path();
        List<UUID> path = new ArrayList<>();
        path.add(teamId);
        path.addAll(path(parentId));
        remember(new Subject(teamId, team.kind(), team.name(), team.attrs(), List.copyOf(path)));
        if (old.isEmpty()) {
            return;
        }
        // The teams below move too. A sub-team's path is its own part up to the moved team, then the moved team's new path.
        Known known = known();
        if (known.complete) {
            // Every team is known here: each team below is written with the batch, like any other change.
            known.below(teamId).forEach(below -> remember(new Subject(below.id(), below.kind(), below.name(), below.attrs(),
                    Known.moved(below.path(), teamId, path))));
        } else {
            // In the table, with what this batch wrote so far, and in what is known of them.
            flush();
            jdbc.update("""
                    update audit_subject set path = path[1:array_position(path, ?) - 1] || cast(? as uuid[])
                    where path @> array[cast(? as uuid)] and id <> ?
                    """, teamId, literal(path), teamId, teamId);
            known.below(teamId).forEach(below -> known.put(new Subject(below.id(), below.kind(), below.name(), below.attrs(),
                    Known.moved(below.path(), teamId, path))));
        }
    }

    /** The teams given and all the teams above them. */
    Set<UUID> withAncestors(Iterable<UUID> teams) {
        Set<UUID> all = new LinkedHashSet<>();
        for (UUID team : teams) {
            all.add(team);
            all.addAll(path(team));
        }
        return all;
    }

    /** A PostgreSQL array literal of ids, to be cast to {@code uuid[]}. */
    static String literal(java.util.Collection<UUID> ids) {
        return "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? null : Arrays.stream((Object[]) array.getArray()).map(o -> (UUID) o).toList();
    }

    static String json(Map<String, ?> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
