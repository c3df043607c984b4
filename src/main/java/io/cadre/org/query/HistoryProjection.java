package io.cadre.org.query;

import io.cadre.org.api.ChangeRetracted;
import io.cadre.org.api.OrgEvent;
import io.cadre.org.api.PersonalDataEvent;
import io.cadre.platform.gateway.CommandContext;
import io.cadre.platform.projection.EventPositions;
import io.cadre.platform.projection.ProjectionBatch;
import io.cadre.platform.projection.ReadModelTables;
import io.cadre.platform.projection.RecordTime;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.projection.ReadModels;
import io.cadre.platform.persistence.BulkInsert;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each team's and person's full history: every change with who, when, from when and why. The entries of a
 * whole batch of events are inserted by one statement, before the batch commits with its token.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSOR)
@ReadModelTables(value = "history_entry", indexedAfterReplay = "history_entry")
class HistoryProjection {

    private static final String BATCH = "org-history";
    private static final List<String> TYPES = List.of("text", BulkInsert.EVENT_POSITION, "uuid", "timestamptz", "date", "text", "text", "text", "jsonb");

    private final JdbcTemplate jdbc;
    private final Serializer events;
    private final ReadModelChanges changes;

    HistoryProjection(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer events, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.events = events;
        this.changes = changes;
    }

    @EventHandler
    void on(OrgEvent event, EventMessage<?> message) {
        add(event.subjectId(), event.effectiveDate(), message);
    }

    /** A correction or erasure of personal data takes effect when recorded; its entry names the fields, never the values. */
    @EventHandler
    void on(PersonalDataEvent event, EventMessage<?> message) {
        add(event.personId(), LocalDate.ofInstant(message.getTimestamp(), ZoneOffset.UTC), message);
    }

    /** A retraction is a row of the subject's history too, on the date of the change it retracted. */
    @EventHandler
    void on(ChangeRetracted event, EventMessage<?> message) {
        add(event.subjectId(), event.effectiveDate(), message);
    }

    private void add(UUID subjectId, LocalDate effectiveDate, EventMessage<?> message) {
        // The instant rounded to PostgreSQL's microseconds as the JDBC driver rounds a timestamp.
        String recordedAt = RecordTime.of(message.getTimestamp()).toString();
        String[] row = {message.getIdentifier(), EventPositions.of(message), subjectId.toString(),
                recordedAt, effectiveDate.toString(), message.getPayloadType().getSimpleName(),
                Objects.toString(message.getMetaData().get(CommandContext.ACTOR), null),
                Objects.toString(message.getMetaData().get(CommandContext.REASON), null),
                // The event as stored (and upcast): Axon hands it over without writing it anew.
                message.serializePayload(events, String.class).getData()};
        ProjectionBatch.add(BATCH, row, this::write);
        changes.announceAfterCommit();
    }

    private void write(List<String[]> rows) {
        BulkInsert.into(jdbc, "history_entry (event_id, position, subject_id, recorded_at, effective_date, type, actor, reason,"
                + " details)", TYPES, rows, " on conflict (event_id) do nothing");
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate history_entry");
    }
}
