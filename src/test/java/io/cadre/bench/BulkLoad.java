package io.cadre.bench;

import io.cadre.bench.OrgHistory.PersonalData;
import io.cadre.bench.OrgHistory.StoredEvent;
import io.cadre.org.timeline.OrgFacts;
import io.cadre.org.timeline.SubjectChange;
import io.cadre.org.timeline.SubjectKind;
import io.cadre.platform.gateway.CommandContext;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a generated history the way Cadre would have written it one command at a time, but in bulk: the events
 * through Axon's storage engine in short transactions of {@value #EVENTS_PER_TRANSACTION}, and the command side's
 * state (personal data, employee numbers, the rule_* timeline) with COPY. The timeline is folded here exactly as
 * {@code TimelineTables} folds it (changes by date then sequence, one interval per date), using {@link OrgFacts}
 * for what each event sets; the benchmark then checks the folded rows against the ones the org-chart projection
 * writes through {@code TimelineTables}, so a difference in the two folds cannot go unnoticed.
 */
final class BulkLoad {

    /** Short transactions: a long one would hold back the streaming processors (and risk Axon's gap timeout). */
    static final int EVENTS_PER_TRANSACTION = 500;
    /** Each COPY stays well inside the 20 s statement timeout Cadre sets on every connection. */
    private static final int ROWS_PER_COPY = 50_000;
    private static final String PERSON_COLUMNS = "person_id, valid_from, valid_to, active, team_id, manager_id, title, level, employee_number";
    private static final String TEAM_COLUMNS = "team_id, valid_from, valid_to, active, name, kind, parent_id, mission, lead_id";

    private final EventStorageEngine storageEngine;
    private final DataSource dataSource;

    BulkLoad(EventStorageEngine storageEngine, DataSource dataSource) {
        this.storageEngine = storageEngine;
        this.dataSource = dataSource;
    }

    /** Appends every event in recording order, {@value #EVENTS_PER_TRANSACTION} to a transaction. */
    void storeEvents(List<StoredEvent> events) {
        List<EventMessage<?>> batch = new ArrayList<>(EVENTS_PER_TRANSACTION);
        for (StoredEvent event : events) {
            batch.add(new GenericDomainEventMessage<>(event.aggregateType(), event.aggregateId().toString(), event.sequence(),
                    event.payload(), MetaData.with(CommandContext.ACTOR, "benchmark")
                    .and(CommandContext.REQUEST_ID, event.requestId().toString())
                    .and(CommandContext.REASON, event.reason())));
            if (batch.size() == EVENTS_PER_TRANSACTION) {
                storageEngine.appendEvents(batch);
                batch = new ArrayList<>(EVENTS_PER_TRANSACTION);
            }
        }
        storageEngine.appendEvents(batch);
    }

    /** Writes personal data, employee numbers and the command side's timeline, as the commands would have left them. */
    void storeCommandSide(List<PersonalData> people, List<StoredEvent> events) throws SQLException, IOException {
        copy("person_data", "person_id, name, email", people.stream()
                .map(p -> new Object[] {p.personId(), p.name(), p.email()}).toList());
        copy("rule_employee_number", "employee_number, person_id", people.stream()
                .map(p -> new Object[] {p.employeeNumber(), p.personId()}).toList());

        Map<UUID, List<Fact>> bySubject = new LinkedHashMap<>();
        List<Object[]> changeRows = new ArrayList<>();
        for (StoredEvent event : events) {
            SubjectChange change = OrgFacts.of(event.payload());
            bySubject.computeIfAbsent(change.subjectId(), id -> new ArrayList<>()).add(new Fact(event.sequence(), change));
            change.fields().forEach((field, value) ->
                    changeRows.add(new Object[] {change.subjectId(), event.sequence(), change.validFrom(), field, value}));
        }
        copy("rule_change", "subject_id, seq, valid_from, field, value", changeRows);
        changeRows.clear();

        List<Object[]> personRows = new ArrayList<>();
        List<Object[]> teamRows = new ArrayList<>();
        bySubject.forEach((id, facts) -> {
            SubjectKind kind = facts.getFirst().change().kind();
            fold(id, facts, kind, kind == SubjectKind.PERSON ? personRows : teamRows);
        });
        copy("rule_person_state", PERSON_COLUMNS, personRows);
        copy("rule_team_state", TEAM_COLUMNS, teamRows);
    }

    /** The fold of {@code TimelineTables}: each date's changes applied in sequence order give one interval from that date. */
    private static void fold(UUID id, List<Fact> facts, SubjectKind kind, List<Object[]> rows) {
        List<Fact> ordered = new ArrayList<>(facts);
        ordered.sort(Comparator.comparing((Fact f) -> f.change().validFrom()).thenComparingLong(Fact::sequence));
        String[] columns = (kind == SubjectKind.PERSON ? PERSON_COLUMNS : TEAM_COLUMNS).split(", ");
        Map<String, String> state = new HashMap<>();
        Object[] open = null;
        for (int i = 0; i < ordered.size(); i++) {
            SubjectChange change = ordered.get(i).change();
            state.putAll(change.fields());
            LocalDate date = change.validFrom();
            boolean lastOfDate = i + 1 == ordered.size() || !ordered.get(i + 1).change().validFrom().equals(date);
            if (lastOfDate) {
                if (open != null) {
                    open[2] = date;
                }
                open = new Object[columns.length];
                open[0] = id;
                open[1] = date;
                for (int c = 3; c < columns.length; c++) {
                    open[c] = state.get(columns[c]);
                }
                rows.add(open);
            }
        }
    }

    private void copy(String table, String columns, List<Object[]> rows) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < rows.size(); from += ROWS_PER_COPY) {
                StringBuilder text = new StringBuilder();
                for (Object[] row : rows.subList(from, Math.min(rows.size(), from + ROWS_PER_COPY))) {
                    for (int c = 0; c < row.length; c++) {
                        text.append(c == 0 ? "" : "\t").append(copyText(row[c]));
                    }
                    text.append('\n');
                }
                copy.copyIn("copy " + table + " (" + columns + ") from stdin", new StringReader(text.toString()));
            }
        }
    }

    /** PostgreSQL's COPY text format: \N for null, and backslash, tab and line breaks escaped. */
    private static String copyText(Object value) {
        if (value == null) {
            return "\\N";
        }
        String text = value.toString();
        if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private record Fact(long sequence, SubjectChange change) {
    }
}
