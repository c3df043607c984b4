package io.cadre.platform.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A patient source lets a derived group's stream show a local commit only after its patience, with what was stored
 * meanwhile, so that a burst of commands is read as one; the prompt source shows each commit at once. The derived
 * groups (audit, reports, hiring) read through the patient one, the read models a command waits for through the prompt one.
 */
@IntegrationTest
class DerivedPatienceTest {

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    @Qualifier("notifyingEventSource")
    NotifyingEventSource promptSource;
    @Autowired
    @Qualifier("patientEventSource")
    NotifyingEventSource patientSource;

    @Test
    void aPatientStreamShowsABurstOfCommitsTogetherOnceItsPatienceIsOver() throws Exception {
        Api api = Api.asAdmin(port);
        UUID person = api.hire("Pat Ience", api.formTeam("Patience " + UUID.randomUUID(), null, LocalDate.of(2024, 1, 1)), null,
                LocalDate.of(2024, 1, 1));
        NotifyingEventSource patient = new NotifyingEventSource(eventStore, Duration.ofSeconds(2));
        NotifyingEventSource prompt = new NotifyingEventSource(eventStore, Duration.ZERO);
        try (BlockingStream<TrackedEventMessage<?>> patientStream = patient.openStream(patient.createHeadToken());
             BlockingStream<TrackedEventMessage<?>> promptStream = prompt.openStream(prompt.createHeadToken())) {
            AtomicInteger patientCalls = new AtomicInteger();
            AtomicInteger promptCalls = new AtomicInteger();
            patientStream.setOnAvailableCallback(patientCalls::incrementAndGet);
            promptStream.setOnAvailableCallback(promptCalls::incrementAndGet);

            long first = System.nanoTime();
            for (int i = 1; i <= 3; i++) {
                api.post("/api/people/" + person + "/title", Map.of("title", "Title " + i, "reason", "A burst")).expect(200);
                // The prompt stream is told of each commit before the command answers.
                assertThat(promptCalls.get()).isGreaterThanOrEqualTo(i);
            }
            if (System.nanoTime() - first < Duration.ofMillis(1_500).toNanos()) {
                // Still within the patience that the first commit opened: nothing shows, and nobody was called back.
                assertThat(patientStream.hasNextAvailable()).isFalse();
                assertThat(patientCalls.get()).isZero();
            }
            await("the patient stream's call back").atMost(Duration.ofSeconds(10)).until(() -> patientCalls.get() > 0);
            assertThat(System.nanoTime() - first).isGreaterThanOrEqualTo(Duration.ofMillis(1_900).toNanos());
            assertThat(titleChangesOf(person, patientStream)).isEqualTo(3);
        } finally {
            patient.stop();
            prompt.stop();
        }
    }

    @Test
    void theDerivedGroupsReadThroughThePatientSourceAndTheReadModelsThroughThePromptOne() {
        // Each processor holds its one segment on this node and has a stream open on its source.
        await("every processor's stream").atMost(Duration.ofSeconds(30))
                .until(() -> promptSource.openStreams() == 1 && patientSource.openStreams() == 3);
    }

    /** Reads everything the stream shows now and counts the person's title changes among it. */
    private static int titleChangesOf(UUID person, BlockingStream<TrackedEventMessage<?>> stream) throws InterruptedException {
        List<TrackedEventMessage<?>> read = new ArrayList<>();
        while (stream.hasNextAvailable()) {
            read.add(stream.nextAvailable());
        }
        return (int) read.stream().filter(message -> message instanceof DomainEventMessage<?> domain
                && domain.getAggregateIdentifier().equals(person.toString())
                && domain.getPayloadType().getSimpleName().equals("TitleChanged")).count();
    }
}
