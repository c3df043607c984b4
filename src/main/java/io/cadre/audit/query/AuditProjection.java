package io.cadre.audit.query;

import io.cadre.org.api.PersonalDataErased;
import io.cadre.platform.gateway.CommandContext;
import io.cadre.platform.persistence.BulkInsert;
import io.cadre.platform.projection.EventPositions;
import io.cadre.platform.projection.ProjectionBatch;
import io.cadre.platform.projection.ReadModelTables;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit timeline: one entry per stored event of every capability, told by {@link Descriptions}. It runs in its own
 * processing group, one event after another in the order they were stored (so the subjects it remembers are those of the
 * moment), holds no command back, and is rebuilt alone with {@code POST /api/admin/projections/rebuild?group=audit}.
 */
@Component
@ProcessingGroup(AuditProjection.GROUP)
@ReadModelTables(value = {"audit_subject", "audit_entry"}, indexedAfterReplay = "audit_entry")
class AuditProjection {

    /** The processing group, and processor, of the audit timeline. */
    static final String GROUP = "audit";

    private static final String BATCH = "audit-entries";
    private static final String ERASURES = "audit-erasures";
    private static final List<String> TYPES = List.of("varchar", BulkInsert.EVENT_POSITION, "timestamptz", "date", "text", "text", "text", "uuid",
            "text", "text", "jsonb", "jsonb", "text", "text", "text", "uuid[]", "uuid[]");
    private static final Pattern UNSTORABLE_ESCAPE = Pattern.compile("\\\\u(0000|[dD][89abAB][0-9a-fA-F]{2}|[dD][c-fC-F][0-9a-fA-F]{2})");
    private static final Map<Class<?>, Optional<Method>> EFFECTIVE_DATES = new ConcurrentHashMap<>();

    private final JdbcTemplate jdbc;
    private final Facts facts;
    private final Descriptions descriptions = Descriptions.all();
    private final Erasures erasures;

    AuditProjection(JdbcTemplate jdbc, QueryGateway queries) {
        this.jdbc = jdbc;
        this.facts = new Facts(jdbc, queries);
        this.erasures = new Erasures(jdbc);
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        // Read before the erasure's description makes the timeline forget them.
        List<String> erasedNames = event instanceof PersonalDataErased erased ? facts.namesOf(erased.personId()) : null;
        Change change = descriptions.describe(event, facts);
        MetaData meta = message.getMetaData();
        // The instant rounded to PostgreSQL's microseconds as the JDBC driver rounds a timestamp.
        String recordedAt = message.getTimestamp().plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
        LocalDate effective = effectiveDate(event).orElse(LocalDate.ofInstant(message.getTimestamp(), ZoneOffset.UTC));
        String correlation = text(meta.get(CommandContext.TRACE_ID));
        String[] row = {message.getIdentifier(), EventPositions.of(message), recordedAt,
                effective.toString(), text(meta.get(CommandContext.ACTOR)), Descriptions.kindOf(event.getClass()),
                change.subjectKind, Objects.toString(change.subjectId, null), change.subject, change.summary,
                json(change.before), json(change.after), text(meta.get(CommandContext.REASON)),
                correlation != null ? correlation : text(meta.get(CommandContext.REQUEST_ID)), text(meta.get(CommandContext.CAUSATION_ID)),
                Facts.literal(change.people), Facts.literal(facts.withAncestors(change.teamList()))};
        for (int i = 0; i < row.length; i++) {
            row[i] = storable(row[i]);
        }
        ProjectionBatch.add(BATCH, row, this::write);
        if (event instanceof PersonalDataErased erased) {
            // Added after the entry, so the batch's entries are in the table when the erasure runs through them.
            ProjectionBatch.add(ERASURES, new Erasures.Erasure(erased.personId(), erasedNames), this::erase);
        }
    }

    /**
     * The text as PostgreSQL can store it: an event recorded before a rule kept such text out (a NUL, a lone surrogate)
     * must not stop the timeline for good, so each such character reads as U+FFFD.
     */
    static String storable(String text) {
        if (text == null || !holdsNulOrSurrogate(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == 0 || Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the text holds a NUL or half of a surrogate pair: a plain loop, for it runs on every value of every entry. */
    private static boolean holdsNulOrSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The fields as JSON that jsonb takes: it refuses the escapes of a NUL and of a lone surrogate. */
    static String json(Map<String, ?> fields) {
        String json = Facts.json(fields);
        if (!json.contains("\\u")) {
            return json;
        }
        return UNSTORABLE_ESCAPE.matcher(json).replaceAll("\\\\ufffd");
    }

    /** The erasures go through the subjects as written so far, which are then read again. */
    private void erase(List<Erasures.Erasure> erased) {
        facts.flush();
        erasures.apply(erased);
        facts.forget();
    }

    private void write(List<String[]> rows) {
        BulkInsert.into(jdbc, "audit_entry (event_id, position, recorded_at, effective_date, actor, type, subject_kind, subject_id,"
                + " subject, summary, before, after, reason, correlation_id, causation_id, person_ids, team_ids)", TYPES, rows,
                " on conflict (event_id) do nothing");
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate audit_entry, audit_subject");
    }

    /** The date the event takes effect, for events that carry one (a ladder's versions take effect when recorded). */
    static Optional<LocalDate> effectiveDate(Object event) {
        Optional<Method> accessor = EFFECTIVE_DATES.computeIfAbsent(event.getClass(), type -> {
            try {
                Method method = type.getMethod("effectiveDate");
                return method.getReturnType() == LocalDate.class ? Optional.of(method) : Optional.empty();
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        });
        return accessor.map(method -> {
            try {
                return (LocalDate) method.invoke(event);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
