package io.cadre.platform.axon;

import io.cadre.platform.projection.ReadModels;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.context.ApplicationContext;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.GenericAggregateFactory;

/** The event store and processors are set up the way the known traps demand. */
@IntegrationTest
class EventStoreSetupTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionManager axonTransactionManager;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    Serializer serializer;
    @Autowired
    EventStorageEngine eventStorageEngine;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void noColumnIsALargeObject() {
        List<String> oidColumns = jdbc.queryForList("select table_name || '.' || column_name from information_schema.columns"
                + " where table_schema = 'public' and data_type = 'oid'", String.class);
        assertThat(oidColumns).isEmpty();
        assertThat(jdbc.queryForObject("select data_type from information_schema.columns where table_name = 'domain_event_entry'"
                + " and column_name = 'payload'", String.class)).isEqualTo("bytea");
    }

    @Test
    void theGlobalIndexIsASequenceWithoutPreallocation() {
        Long cache = jdbc.queryForObject("select cache_size from pg_sequences where sequencename = 'domain_event_entry_global_index_seq'",
                Long.class);
        assertThat(cache).isEqualTo(1L);
    }

    @Test
    void axonUsesSpringsTransactionsAndJackson() {
        assertThat(axonTransactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(eventSerializer).isInstanceOf(JacksonSerializer.class);
        assertThat(serializer).isInstanceOf(JacksonSerializer.class);
    }

    @Test
    void everyProjectionRunsInOnePooledStreamingProcessor() {
        Map<String, EventProcessor> processors = processing.eventProcessors();
        // Beside the live read models' processor, only the hiring process manager's own and the reports' (a derived group).
        assertThat(processors).containsOnlyKeys(ReadModels.PROCESSOR, "hiring", "audit", "reports");
        assertThat(processors.values()).allMatch(p -> p instanceof PooledStreamingEventProcessor);
    }

    @Test
    void aggregatesAreLoadedFromTheirEventsAloneNeverFromASnapshot() {
        Api api = Api.asAdmin(port);
        UUID team = api.formTeam("Snapshotless " + UUID.randomUUID(), null, LocalDate.of(2024, 1, 1));
        // A snapshot that reads as a team with nothing known, five events on: a load that used it would not see the team.
        jdbc.update("insert into snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier, meta_data,"
                + " payload, payload_type, time_stamp) values (?, 5, 'Team', ?, ?, ?, 'io.cadre.org.command.Team',"
                + " '2024-01-01T00:00:00Z')", team.toString(), UUID.randomUUID().toString(), "{}".getBytes(), "{}".getBytes());

        api.post("/api/teams/" + team + "/rename", Map.of("name", "Renamed " + team)).expect(200);

        assertThat(api.get("/api/teams/" + team).json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void anAggregateIsLoadedWithOneQueryUnlessItHasAFullBatchOfEvents() {
        Api api = Api.asAdmin(port);
        UUID team = api.formTeam("One query " + UUID.randomUUID(), null, LocalDate.of(2024, 1, 1));
        api.post("/api/teams/" + team + "/rename", Map.of("name", "Renamed " + team)).expect(200);
        transactions.executeWithoutResult(status -> {
            assertThat(loadCountingScans(team.toString())).containsExactly(2L, 1L);

            // 1,000 and 1,001 events (copies of the team's first, rolled back below): a full batch is read past.
            String copied = UUID.randomUUID().toString();
            copyEvents(team.toString(), copied, 0, 999);
            assertThat(loadCountingScans(copied)).containsExactly(1_000L, 2L);
            copyEvents(team.toString(), copied, 1_000, 1_000);
            assertThat(loadCountingScans(copied)).containsExactly(1_001L, 2L);
            status.setRollbackOnly();
        });
    }

    /** Loads the aggregate in the current transaction: its events, and the scans of the event table that took. */
    private List<Long> loadCountingScans(String aggregateId) {
        String scans = "select coalesce(seq_scan, 0) + coalesce(idx_scan, 0) from pg_stat_xact_user_tables"
                + " where relname = 'domain_event_entry'";
        long before = jdbc.queryForObject(scans, Long.class);
        long events = eventStorageEngine.readEvents(aggregateId).asStream().count();
        return List.of(events, jdbc.queryForObject(scans, Long.class) - before);
    }

    private void copyEvents(String from, String to, int first, int last) {
        jdbc.update("insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,"
                + " payload_type, payload_revision, payload, meta_data) select gen_random_uuid()::text, ?, n, type, time_stamp,"
                + " payload_type, payload_revision, payload, meta_data from domain_event_entry, generate_series(?, ?) n"
                + " where aggregate_identifier = ? and sequence_number = 0", to, first, last, from);
    }

    @Test
    void databaseTimeoutsEndTransactionsBeforeAxonsGapTimeout() {
        assertThat(jdbc.queryForObject("show transaction_timeout", String.class)).isEqualTo("20s");
        assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("20s");
        assertThat(jdbc.queryForObject("show idle_in_transaction_session_timeout", String.class)).isEqualTo("20s");
        assertThat(20_000).isLessThan(AxonConfiguration.GAP_TIMEOUT_MILLIS);
    }

    @Test
    void aProjectionsRowsAndItsTokenCommitOrRollBackTogether() {
        tokenStore.initializeTokenSegments("transaction-probe", 1);
        UUID row = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            tokenStore.fetchToken("transaction-probe", 0);
            tokenStore.storeToken(new GlobalSequenceTrackingToken(42), "transaction-probe", 0);
            jdbc.update("insert into chart_subject (subject_id, kind, version) values (?, 'TEAM', 0)", row);
            assertThat(jdbc.queryForObject("select count(*) from chart_subject where subject_id = ?", Long.class, row)).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from chart_subject where subject_id = ?", Long.class, row)).isZero();
        byte[] token = jdbc.queryForObject("select token from token_entry where processor_name = 'transaction-probe'", byte[].class);
        assertThat(token).isNull();
    }

    @Test
    void everyEventCarriesTheActorTheRequestAndTheReason() {
        Api api = Api.asAdmin(port);
        UUID team = api.post("/api/teams", Map.of("name", "Metadata " + UUID.randomUUID(), "effectiveDate", "2024-01-01",
                "reason", "Reorganisation"), "X-Request-Id", "req-metadata-1").expect(201).id();
        String metaData = jdbc.queryForObject("select convert_from(meta_data, 'UTF8') from domain_event_entry"
                + " where aggregate_identifier = ?", String.class, team.toString());
        assertThat(metaData).contains("\"actor\":\"admin\"", "\"requestId\":\"req-metadata-1\"", "\"reason\":\"Reorganisation\"");
        String payload = jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry"
                + " where aggregate_identifier = ?", String.class, team.toString());
        assertThat(payload).contains("\"effectiveDate\":\"" + LocalDate.of(2024, 1, 1) + "\"");
        assertThat(jdbc.queryForObject("select payload_revision from domain_event_entry where aggregate_identifier = ?",
                String.class, team.toString())).isEqualTo("1");
    }

    @Test
    void theStoresReadsJoinACommandsTransactionAndRunWithoutOneOutsideIt() {
        TransactionManager storeTransactions = new ReadsJoinOrAutocommit(axonTransactionManager);
        assertThat(storeTransactions.fetchInTransaction(TransactionSynchronizationManager::isActualTransactionActive)).isFalse();
        transactions.executeWithoutResult(status -> {
            String command = jdbc.queryForObject("select cast(pg_current_xact_id() as text)", String.class);
            assertThat(storeTransactions.fetchInTransaction(() -> jdbc.queryForObject("select cast(pg_current_xact_id() as text)",
                    String.class))).isEqualTo(command);
        });
        // An append outside any transaction still gets one of its own.
        org.axonframework.common.transaction.Transaction append = storeTransactions.startTransaction();
        try {
            assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
        } finally {
            append.rollback();
        }
    }

    @Test
    void everyAggregateIsMadeWithItsOwnConstructorNotAsAPrototypeBean() {
        Map<String, AggregateFactory> factories = context.getBeansOfType(AggregateFactory.class);
        assertThat(factories).containsKeys("personAggregateFactory", "teamAggregateFactory", "ladderAggregateFactory")
                .allSatisfy((name, factory) -> assertThat(factory).as(name).isInstanceOf(GenericAggregateFactory.class));
    }
}
