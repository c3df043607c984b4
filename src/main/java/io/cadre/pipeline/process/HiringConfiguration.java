package io.cadre.pipeline.process;

import java.util.UUID;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/** The hiring process's collaborators, and its processor's rule that a failure other than a refusal is retried, never skipped. */
@Configuration(proxyBeanMethods = false)
class HiringConfiguration {

    @Bean
    AllOrNothing allOrNothing(PlatformTransactionManager transactions) {
        DefaultTransactionDefinition nested = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);
        return new AllOrNothing(() -> {
            TransactionStatus status = transactions.getTransaction(nested);
            return new Transaction() {
                @Override
                public void commit() {
                    transactions.commit(status);
                }

                @Override
                public void rollback() {
                    transactions.rollback(status);
                }
            };
        });
    }

    @Bean
    CandidateContacts candidateContacts(JdbcTemplate jdbc) {
        return (UUID candidateId) -> jdbc.query("select name, email from candidate_data where candidate_id = ?",
                rs -> rs.next() && rs.getString(1) != null ? new CandidateContacts.Contact(rs.getString(1), rs.getString(2)) : null,
                candidateId);
    }

    @Bean
    ConfigurerModule hiringFailuresAreRetried() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(Hiring.PROCESSOR, c -> PropagatingErrorHandler.instance()));
    }
}
