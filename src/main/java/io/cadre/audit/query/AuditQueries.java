package io.cadre.audit.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cadre.audit.api.AuditEntry;
import io.cadre.audit.api.AuditKinds;
import io.cadre.audit.api.AuditPage;
import io.cadre.audit.api.ExportAuditEntries;
import io.cadre.audit.api.FindAuditEntries;
import io.cadre.audit.api.ListAuditKinds;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.cadre.platform.security.ReadScope;
import io.cadre.platform.security.Scope;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Answers the audit timeline's queries: a filtered page, newest first, an export of every match, and the kinds of change. */
@Component
class AuditQueries {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };
    private static final String COLUMNS = "event_id, recorded_at, effective_date, actor, type, subject_kind, subject_id, subject,"
            + " summary, before::text, after::text, reason, correlation_id, causation_id";
    private static final int EXPORT_FETCH = 1_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final List<String> kinds = Descriptions.all().kinds();

    AuditQueries(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @QueryHandler
    AuditPage handle(FindAuditEntries query) {
        Filter filter = Filter.of(query);
        Long total = jdbc.queryForObject("select count(*) from audit_entry" + filter.where, Long.class, filter.args.toArray());
        List<Object> args = new ArrayList<>(filter.args);
        args.add(query.size());
        args.add((long) query.page() * query.size());
        List<AuditEntry> items = jdbc.query("select " + COLUMNS + " from audit_entry" + filter.where
                + " order by position desc limit ? offset ?", (rs, i) -> entry(rs), args.toArray());
        return new AuditPage(items, query.page(), query.size(), total == null ? 0 : total);
    }

    @QueryHandler
    Long handle(ExportAuditEntries query) {
        Filter filter = Filter.of(query.filters());
        long[] count = {0};
        // In a read-only transaction the driver fetches the rows a thousand at a time instead of all at once; an export of a
        // long timeline may take longer than the timeouts that keep Cadre's other transactions short, and holds back no writer.
        readOnly.executeWithoutResult(status -> {
            jdbc.execute("set local statement_timeout = 0; set local transaction_timeout = 0;"
                    + " set local idle_in_transaction_session_timeout = 0");
            export(query, filter, count);
        });
        return count[0];
    }

    private void export(ExportAuditEntries query, Filter filter, long[] count) {
        jdbc.query(con -> {
            var statement = con.prepareStatement("select " + COLUMNS + " from audit_entry" + filter.where + " order by position desc");
            statement.setFetchSize(EXPORT_FETCH);
            for (int i = 0; i < filter.args.size(); i++) {
                statement.setObject(i + 1, filter.args.get(i));
            }
            return statement;
        }, rs -> {
            query.sink().accept(entry(rs));
            count[0]++;
        });
    }

    @QueryHandler
    AuditKinds handle(ListAuditKinds query) {
        return new AuditKinds(kinds);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        Timestamp recorded = rs.getTimestamp(2);
        java.sql.Date effective = rs.getDate(3);
        return new AuditEntry(rs.getString(1), recorded.toInstant(), effective == null ? null : effective.toLocalDate(),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8), rs.getString(9),
                fields(rs.getString(10)), fields(rs.getString(11)), rs.getString(12), rs.getString(13), rs.getString(14));
    }

    private static Map<String, Object> fields(String json) {
        try {
            return JSON.readValue(json, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The where clause of the filters given, with its arguments; each filter has an index to start from. */
    private record Filter(String where, List<Object> args) {

        static Filter of(FindAuditEntries query) {
            List<String> conditions = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            if (query.personId() != null) {
                conditions.add("person_ids @> cast(? as uuid[])");
                args.add(Facts.literal(List.of(query.personId())));
            }
            if (query.subjectId() != null) {
                conditions.add("subject_id = ?");
                args.add(query.subjectId());
            }
            if (query.eventId() != null) {
                conditions.add("event_id = ?");
                args.add(query.eventId());
            }
            if (query.teamId() != null) {
                conditions.add("team_ids @> cast(? as uuid[])");
                args.add(Facts.literal(List.of(query.teamId())));
            }
            if (query.actor() != null) {
                conditions.add("actor = ?");
                args.add(query.actor());
            }
            if (!query.types().isEmpty()) {
                conditions.add("type = any(cast(? as text[]))");
                args.add("{" + String.join(",", query.types()) + "}");
            }
            if (query.from() != null) {
                conditions.add("effective_date >= ?");
                args.add(query.from());
            }
            if (query.to() != null) {
                conditions.add("effective_date <= ?");
                args.add(query.to());
            }
            if (query.recordedFrom() != null) {
                conditions.add("recorded_at >= ?");
                args.add(Timestamp.from(query.recordedFrom()));
            }
            if (query.recordedTo() != null) {
                conditions.add("recorded_at <= ?");
                args.add(Timestamp.from(query.recordedTo()));
            }
            // The asking user's scope (product.md §7.5): changes about the people and teams it covers, and no others.
            Scope scope = ReadScope.current();
            if (!scope.everyone()) {
                conditions.add("(person_ids && cast(? as uuid[]) or team_ids && cast(? as uuid[]))");
                args.add(Facts.literal(scope.people()));
                args.add(Facts.literal(scope.teams()));
            }
            return new Filter(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), args);
        }
    }
}
