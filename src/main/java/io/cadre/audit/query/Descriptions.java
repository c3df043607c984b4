package io.cadre.audit.query;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * How every kind of event reads in the timeline, gathered from one {@link Describer} per feature. The kind of change is
 * the event's name in capitals ({@code PersonTransferred}: {@code PERSON_TRANSFERRED}). An event without a description
 * still gets an entry, saying only what it is; {@code EventDescriptionsTest} fails for every such event type.
 */
final class Descriptions {

    /** One per feature; a feature with new events adds its describer here. */
    static final List<Describer> DESCRIBERS = List.of(new OrgDescriber(), new LadderDescriber(), new PipelineDescriber(),
            new PlanningDescriber(), new GrowthModelDescriber(), new AccessDescriber());

    private final Map<Class<?>, BiFunction<Object, Facts, Change>> byType = new ConcurrentHashMap<>();

    private Descriptions() {
    }

    /** Every feature's descriptions. */
    static Descriptions all() {
        Descriptions descriptions = new Descriptions();
        DESCRIBERS.forEach(describer -> describer.describe(descriptions));
        return descriptions;
    }

    /** Describes events of {@code type}: {@code describe} reads the facts as they were before the event and records its effect on them. */
    @SuppressWarnings("unchecked")
    <E> Descriptions on(Class<E> type, BiFunction<E, Facts, Change> describe) {
        if (byType.putIfAbsent(type, (BiFunction<Object, Facts, Change>) describe) != null) {
            throw new IllegalStateException(type + " is described twice");
        }
        return this;
    }

    Set<Class<?>> describedTypes() {
        return Set.copyOf(byType.keySet());
    }

    /** The kinds of change described, sorted. */
    List<String> kinds() {
        TreeSet<String> kinds = new TreeSet<>();
        byType.keySet().forEach(type -> kinds.add(kindOf(type)));
        return List.copyOf(kinds);
    }

    Change describe(Object event, Facts facts) {
        BiFunction<Object, Facts, Change> describe = byType.get(event.getClass());
        if (describe != null) {
            return describe.apply(event, facts);
        }
        return Change.of("EVENT", null, event.getClass().getSimpleName(), "A " + event.getClass().getSimpleName() + " was recorded");
    }

    /** {@code PersonTransferred}: {@code PERSON_TRANSFERRED}. */
    static String kindOf(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    /** Quoted for a summary, or "nobody" style placeholder for null. */
    static String or(String value, String none) {
        return value == null || value.isBlank() ? none : value;
    }

    static UUID id(Object value) {
        return value == null ? null : UUID.fromString(value.toString());
    }
}
