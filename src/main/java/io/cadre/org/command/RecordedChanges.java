package io.cadre.org.command;

import io.cadre.org.api.ChangeRetracted;
import io.cadre.org.api.OrgEvent;
import io.cadre.org.timeline.OrgFacts;
import io.cadre.shared.RuleViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The changes a team or person has recorded, in order, and which of them were retracted: what a retraction may undo.
 * A change is retracted only while no later standing change sets one of its fields (that change depends on it), once.
 */
final class RecordedChanges {

    /** One recorded change: its number in the aggregate, its event's id, the event and the fields it sets. */
    private record Entry(long seq, String eventId, OrgEvent event, Map<String, String> fields) {

        Entry(long seq, String eventId, OrgEvent event) {
            this(seq, eventId, event, OrgFacts.of(event).fields());
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> retracted = new HashSet<>();

    void add(OrgEvent event, long seq, String eventId) {
        entries.add(new Entry(seq, eventId, event));
    }

    void retract(UUID eventId) {
        retracted.add(eventId.toString());
    }

    private boolean retracted(Entry entry) {
        return retracted.contains(entry.eventId);
    }

    /**
     * The subject's lifespan folded again from the changes that stand: {@code beginning} names the subject of the change
     * that begins it (null for any other change), {@code ending} is the kind of change that ends it; null once the
     * beginning itself is retracted.
     */
    Lifespan foldLifespan(Function<OrgEvent, String> beginning, Class<? extends OrgEvent> ending) {
        Lifespan lifespan = null;
        for (OrgEvent change : standing()) {
            String subject = beginning.apply(change);
            if (subject != null) {
                lifespan = Lifespan.starting(subject, change.effectiveDate());
            } else if (ending.isInstance(change)) {
                lifespan = lifespan.endedOn(change.effectiveDate());
            } else {
                lifespan = lifespan.changedOn(change.effectiveDate());
            }
        }
        return lifespan;
    }

    /** The changes that stand, in the order recorded. */
    List<OrgEvent> standing() {
        return entries.stream().filter(e -> !retracted(e)).map(e -> e.event).toList();
    }

    /** The change recorded as {@code eventId}, refused when it cannot be retracted. */
    OrgEvent retractable(UUID eventId, String subject) {
        Entry entry = find(eventId).orElseThrow(() -> new RuleViolation(
                "The event " + eventId + " is a retraction of " + subject + "; a retraction cannot itself be retracted"));
        if (retracted(entry)) {
            throw new RuleViolation("That change of " + subject + " (" + type(entry) + " effective " + entry.event.effectiveDate()
                    + ") was already retracted");
        }
        for (Entry later : entries) {
            if (later.seq > entry.seq && !retracted(later) && later.fields.keySet().stream().anyMatch(entry.fields::containsKey)) {
                throw new RuleViolation("The later " + type(later) + " of " + subject + " effective " + later.event.effectiveDate()
                        + " (event " + later.eventId + ") depends on the " + type(entry) + " effective "
                        + entry.event.effectiveDate() + "; retract that one first");
            }
        }
        return entry.event;
    }

    /** The retraction of {@code eventId}: each field it set, with the value the latest standing change before it gives. */
    ChangeRetracted retraction(UUID eventId) {
        Entry entry = find(eventId).orElseThrow();
        Map<String, String> restored = new HashMap<>();
        entry.fields.keySet().forEach(field -> restored.put(field, null));
        for (Entry earlier : entries) {
            if (earlier.seq < entry.seq && !retracted(earlier)) {
                earlier.fields.forEach((field, value) -> {
                    if (restored.containsKey(field)) {
                        restored.put(field, value);
                    }
                });
            }
        }
        return new ChangeRetracted(entry.event.subjectId(), eventId, entry.seq, entry.event.getClass().getSimpleName(),
                entry.event.effectiveDate(), restored);
    }

    private Optional<Entry> find(UUID eventId) {
        String id = eventId.toString();
        return entries.stream().filter(e -> e.eventId.equals(id)).findFirst();
    }

    private static String type(Entry entry) {
        return entry.event.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
