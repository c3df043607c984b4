package io.cadre.platform.axon;

import java.util.List;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import io.cadre.platform.gateway.CommandContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon on PostgreSQL through its JDBC engine. Axon 4.13 does not auto-configure the JDBC engine on
 * Spring Boot 4, so its beans are declared here: one Spring transaction for events, projections and
 * their tokens, Jackson for every message, and snake_case tables that Flyway owns.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    static final int GAP_TIMEOUT_MILLIS = 60_000;
    /** Events fetched per query, by a processor, a replay or an aggregate's load (Axon's default is 100). */
    private static final int READ_BATCH = 1_000;
    /** PostgreSQL's SQL state for a unique violation: an event at a sequence another request has just taken. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /** Every aggregate made with its own constructor rather than as a Spring prototype bean ({@link PlainAggregateFactories}). */
    @Bean
    static PlainAggregateFactories plainAggregateFactories() {
        return new PlainAggregateFactories();
    }

    /** Taken by every aggregate's command handler in place of Axon's resolver ({@link KnownCommandTargets}). */
    @Bean
    KnownCommandTargets commandTargetResolver() {
        return new KnownCommandTargets();
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        // PostgreSQL's driver reports a unique violation by its SQL state, not as the JDBC subclass Axon's JDBC
        // resolver looks for: without this, two appends at the same sequence were an unmapped store failure (500)
        // rather than Axon's ConcurrencyException, which Commands retries once.
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver exceptionResolver,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          StoreReader reader) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(exceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(new ReadsJoinOrAutocommit(transactionManager))
                .schema(eventSchema())
                .gapTimeout(GAP_TIMEOUT_MILLIS)
                .batchSize(READ_BATCH);
        // An aggregate's events are numbered from 0 without a gap (each append takes the next number, a unique key
        // guards it, and no event is ever deleted), so a batch shorter than a full one is the aggregate's last. Axon's
        // JDBC engine would otherwise ask once more, for nothing, on every load: a second query on every command.
        builder.finalAggregateBatchPredicate(batch -> batch.size() < READ_BATCH);
        return new JdbcEventStorageEngine(builder) {
            /** Cadre takes no snapshots (its aggregates' streams are short), so loading one never asks for any. */
            @Override
            protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
                return Stream.empty();
            }

            @Override
            protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
                return reader.read(lastToken, batchSize, () -> super.fetchTrackedEvents(lastToken, batchSize));
            }
        };
    }

    @Bean
    StoreReader storeReader() {
        return new StoreReader();
    }

    /**
     * Axon's embedded event store, as its auto-configuration would make it, with a {@link StoreReader} told of each local
     * commit before the store's reader is woken for it.
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                  StoreReader reader) {
        return new EmbeddedEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .threadFactory(reader.threadFactory())) {
            @Override
            protected void afterCommit(List<? extends EventMessage<?>> events) {
                reader.committed();
                super.afterCommit(events);
            }
        };
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, ClusterSettings cluster) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .nodeId(cluster.nodeId())
                .claimTimeout(cluster.claimTimeout())
                .schema(TokenSchema.builder()
                        .setTokenTable("token_entry")
                        .setProcessorNameColumn("processor_name")
                        .setTokenTypeColumn("token_type")
                        .build())
                .build();
    }

    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider connectionProvider, Serializer serializer) {
        SagaSchema schema = SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .associationValueEntryTable("association_value_entry")
                .sagaIdColumn("saga_id")
                .revisionColumn("revision")
                .sagaTypeColumn("saga_type")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .serializedSagaColumn("serialized_saga")
                .build();
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .sqlSchema(new PostgresSagaSqlSchema(schema))
                .build();
    }

    /** Actor, request id, reason and the scenario applied from travel from each command to every event it causes. */
    @Bean
    CorrelationDataProvider commandContextProvider() {
        return new SimpleCorrelationDataProvider(CommandContext.ACTOR, CommandContext.REQUEST_ID, CommandContext.REASON,
                CommandContext.SCENARIO_ID);
    }

    /**
     * Axon's own origin ids, which its auto-configuration leaves out once any provider is declared: {@code traceId}, the
     * message that started the chain (the request's command), and {@code correlationId}, the message just before.
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** The event whose handling by a process led to a message ({@link CommandContext#CAUSATION_ID}). */
    @Bean
    CorrelationDataProvider causationProvider() {
        return new CausationProvider();
    }

    static EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }
}
