package io.cadre.platform.gateway;

import java.util.List;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** The one way the REST API and the UI ask queries: waits for the answer and rethrows a handler's own exception. */
@Component
public class Queries {

    private final QueryGateway gateway;

    Queries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R ask(Object query, Class<R> answer) {
        try {
            return gateway.query(query, answer).join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    public <R> List<R> askList(Object query, Class<R> element) {
        try {
            return gateway.query(query, ResponseTypes.multipleInstancesOf(element)).join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    private static RuntimeException unwrap(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof CompletionException || cause instanceof QueryExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
}
