package io.cadre.audit.query;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The ids an event holds: the values of its record's fields of type UUID, each type's fields found once. */
final class EventIds {

    private static final Map<Class<?>, List<Method>> ACCESSORS = new ConcurrentHashMap<>();

    private EventIds() {
    }

    /** Adds the event's ids to {@code into}; an event that is not a record holds none. */
    static void of(Object event, Collection<UUID> into) {
        if (event == null) {
            return;
        }
        for (Method accessor : ACCESSORS.computeIfAbsent(event.getClass(), EventIds::accessors)) {
            try {
                Object id = accessor.invoke(event);
                if (id != null) {
                    into.add((UUID) id);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + accessor, e);
            }
        }
    }

    private static List<Method> accessors(Class<?> type) {
        List<Method> accessors = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getType() == UUID.class) {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    accessors.add(accessor);
                }
            }
        }
        return List.copyOf(accessors);
    }
}
