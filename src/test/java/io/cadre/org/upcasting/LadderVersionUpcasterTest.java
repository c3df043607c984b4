package io.cadre.org.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.org.api.LevelChangeKind;
import io.cadre.org.api.LevelChanged;
import io.cadre.org.api.PersonHired;
import com.fasterxml.jackson.databind.JsonNode;
import io.cadre.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Hires and level changes stored before ladders existed (revision 1) still read, as free labels. */
@IntegrationTest
class LadderVersionUpcasterTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore events;

    @Test
    void revisionOneEventsReadAsFreeLabelsJudgedAgainstNoLadder() {
        UUID person = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        store(person, 0, "io.cadre.org.api.PersonHired", """
                {"personId":"%s","employeeNumber":"E-1","title":"Engineer","teamId":"%s","managerId":null,
                 "level":"Senior","effectiveDate":"2023-04-01"}""".formatted(person, team));
        store(person, 1, "io.cadre.org.api.LevelChanged", """
                {"personId":"%s","level":"Staff","kind":"PROMOTION","effectiveDate":"2024-04-01"}""".formatted(person));

        List<Object> payloads = events.readEvents(person.toString()).asStream().map(DomainEventMessage::getPayload).map(p -> (Object) p).toList();

        assertThat(payloads).containsExactly(
                new PersonHired(person, "E-1", "Engineer", team, null, "Senior", null, LocalDate.of(2023, 4, 1)),
                new LevelChanged(person, "Staff", LevelChangeKind.PROMOTION, null, LocalDate.of(2024, 4, 1)));
    }

    @Test
    void revisionOneIsReadAsRevisionTwoWithAnExplicitlyMissingLadderVersion() {
        byte[] payload = "{\"personId\":\"%s\",\"level\":\"Staff\",\"kind\":\"PROMOTION\",\"effectiveDate\":\"2024-04-01\"}"
                .formatted(UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        var stored = new GenericDomainEventEntry<>("Person", UUID.randomUUID().toString(), 1, UUID.randomUUID().toString(),
                Instant.now(), "io.cadre.org.api.LevelChanged", "1", payload, "{}".getBytes(StandardCharsets.UTF_8));
        IntermediateEventRepresentation upcast = new LadderVersionUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, JacksonSerializer.defaultSerializer()))).toList().getFirst();

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        JsonNode json = upcast.getData(JsonNode.class).getData();
        assertThat(json.has("ladderVersion")).isTrue();
        assertThat(json.get("ladderVersion").isNull()).isTrue();
        assertThat(json.get("level").asText()).isEqualTo("Staff");
    }

    private void store(UUID aggregate, long sequence, String type, String payload) {
        jdbc.update("""
                insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, meta_data,
                                                payload, payload_revision, payload_type, time_stamp)
                values (?, ?, 'Person', ?, ?, ?, '1', ?, ?)
                """, aggregate.toString(), sequence, UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), type, Instant.parse("2024-05-01T10:00:00Z").toString());
    }
}
