package io.cadre.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadre.org.api.ChangeTitle;
import io.cadre.support.Api;
import io.cadre.support.CommandTypes;
import io.cadre.support.IntegrationTest;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every aggregate's command handler finds its target through Cadre's resolver, which agrees with Axon's on every command. */
@IntegrationTest
class KnownCommandTargetsTest {

    @LocalServerPort
    int port;
    @Autowired
    KnownCommandTargets targets;

    private final CommandTargetResolver axons = AnnotationCommandTargetResolver.builder().build();
    /** A resolver of its own for the comparisons, so that what the bean knows is what Axon asked it. */
    private final KnownCommandTargets fresh = new KnownCommandTargets();

    @Test
    void axonAsksCadresResolver() {
        Api api = Api.asAdmin(port);
        UUID team = api.formTeam("Targets " + UUID.randomUUID(), null, LocalDate.of(2024, 1, 1));
        UUID person = api.hire("Tar Get", team, null, LocalDate.of(2024, 1, 1));
        api.post("/api/people/" + person + "/title", Map.of("title", "Resolved", "reason", "Targets")).expect(200);

        assertThat(targets.knows(ChangeTitle.class)).isTrue();
    }

    @Test
    void everyCommandResolvesAsAxonsResolverWouldHaveIt() throws Exception {
        int compared = 0;
        for (String name : CommandTypes.ofCadre()) {
            Class<?> type = Class.forName(name);
            if (!type.isRecord()) {
                continue;
            }
            for (Long version : new Long[] {null, 4L}) {
                Object command = instance(type, UUID.randomUUID(), version);
                if (command == null) {
                    continue;
                }
                var message = GenericCommandMessage.asCommandMessage(command);
                VersionedAggregateIdentifier expected;
                try {
                    expected = axons.resolveTarget(message);
                } catch (IllegalArgumentException refused) {
                    assertThatThrownBy(() -> fresh.resolveTarget(message)).isInstanceOf(IllegalArgumentException.class);
                    continue;
                }
                VersionedAggregateIdentifier resolved = fresh.resolveTarget(message);
                assertThat(resolved.getIdentifier()).as(name).isEqualTo(expected.getIdentifier());
                assertThat(resolved.getVersion()).as(name).isEqualTo(expected.getVersion());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(40);
    }

    @Test
    void aCommandWithoutItsTargetIsRefusedAsAxonRefusesIt() {
        var message = GenericCommandMessage.asCommandMessage(new ChangeTitle(null, "No one", LocalDate.of(2024, 1, 1), null));

        assertThatThrownBy(() -> fresh.resolveTarget(message)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(org.assertj.core.api.Assertions.catchThrowable(() -> axons.resolveTarget(message)).getMessage());
    }

    /** A record with every UUID set to {@code id}, every Long to {@code version}, text to "x" and the rest empty; or null. */
    private static Object instance(Class<?> type, UUID id, Long version) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> component = components[i].getType();
            types[i] = component;
            values[i] = component == UUID.class ? id : component == Long.class ? version : component == String.class ? "x"
                    : component == long.class ? 0L : component == int.class ? 0 : component == boolean.class ? false
                    : component == double.class ? 0.0 : null;
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        try {
            return canonical.newInstance(values);
        } catch (InvocationTargetException refused) {
            return null;
        }
    }
}
