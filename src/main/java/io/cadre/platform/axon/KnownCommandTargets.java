package io.cadre.platform.axon;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds the aggregate a command is for, as Axon's {@link AnnotationCommandTargetResolver} does, but looks for a command
 * type's {@code @TargetAggregateIdentifier} and {@code @TargetAggregateVersion} once, not on every command: Axon's
 * resolver lists the type's methods and fields by reflection each time (about 4% of a command's CPU on its request
 * thread, measured). Cadre's commands are records, whose annotated components are fields; a type whose target is not
 * in an annotated field is left to Axon's resolver.
 */
final class KnownCommandTargets implements CommandTargetResolver {

    private final CommandTargetResolver axons = AnnotationCommandTargetResolver.builder().build();
    private final Map<Class<?>, Target> targets = new ConcurrentHashMap<>();

    /** Where a command type keeps its aggregate's identifier and the version it expects; a null identifier: ask Axon's. */
    private record Target(Field identifier, Field version) {
    }

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object payload = command.getPayload();
        Target target = targets.computeIfAbsent(payload.getClass(), KnownCommandTargets::find);
        if (target.identifier() == null) {
            return axons.resolveTarget(command);
        }
        Object identifier = read(target.identifier(), payload);
        if (identifier == null) {
            // Axon's resolver refuses a command without its aggregate's identifier, and says why.
            return axons.resolveTarget(command);
        }
        return new VersionedAggregateIdentifier(identifier, version(target.version() == null ? null : read(target.version(), payload)));
    }

    /** Whether the command type's target has been looked for. */
    boolean knows(Class<?> commandType) {
        return targets.containsKey(commandType);
    }

    private static Target find(Class<?> type) {
        Field identifier = null;
        Field version = null;
        for (Class<?> declaring = type; declaring != null && declaring != Object.class; declaring = declaring.getSuperclass()) {
            for (Field field : declaring.getDeclaredFields()) {
                if (identifier == null && field.isAnnotationPresent(TargetAggregateIdentifier.class)) {
                    identifier = accessible(field);
                }
                if (version == null && field.isAnnotationPresent(TargetAggregateVersion.class)) {
                    version = accessible(field);
                }
            }
        }
        return new Target(identifier, identifier == null ? null : version);
    }

    private static Field accessible(Field field) {
        field.setAccessible(true);
        return field;
    }

    private static Object read(Field field, Object payload) {
        try {
            return field.get(payload);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field + " of a command", e);
        }
    }

    private static Long version(Object value) {
        return switch (value) {
            case null -> null;
            case Number number -> number.longValue();
            default -> Long.parseLong(value.toString());
        };
    }
}
