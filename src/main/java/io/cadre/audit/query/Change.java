package io.cadre.audit.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How one event reads in the timeline: its subject as named then, a one-line summary, the fields it changed before and
 * after, and the people and teams it concerns (the teams' ancestors are added when the entry is written).
 */
final class Change {

    final String subjectKind;
    final UUID subjectId;
    final String subject;
    final String summary;
    final Map<String, Object> before = new LinkedHashMap<>();
    final Map<String, Object> after = new LinkedHashMap<>();
    final Set<UUID> people = new LinkedHashSet<>();
    final Set<UUID> teams = new LinkedHashSet<>();

    private Change(String subjectKind, UUID subjectId, String subject, String summary) {
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.subject = subject;
        this.summary = summary;
    }

    static Change of(String subjectKind, UUID subjectId, String subject, String summary) {
        return new Change(subjectKind, subjectId, subject, summary);
    }

    /** A field that had {@code from} and now has {@code to}; a field that is new has no "before". */
    Change field(String name, Object from, Object to) {
        before.put(name, from);
        after.put(name, to);
        return this;
    }

    /** A field set by this change where nothing was before. */
    Change set(String name, Object to) {
        after.put(name, to);
        return this;
    }

    /** People the change names (null ids are left out). */
    Change people(UUID... ids) {
        for (UUID id : ids) {
            if (id != null) {
                people.add(id);
            }
        }
        return this;
    }

    /** Teams the change concerns (null ids are left out). */
    Change teams(UUID... ids) {
        for (UUID id : ids) {
            if (id != null) {
                teams.add(id);
            }
        }
        return this;
    }

    List<UUID> teamList() {
        return new ArrayList<>(teams);
    }
}
