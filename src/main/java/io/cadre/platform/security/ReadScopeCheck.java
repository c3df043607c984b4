package io.cadre.platform.security;

import io.cadre.shared.NotAllowed;
import io.cadre.shared.PersonalRead;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The scope check of every query, on the query bus, so that the REST API and the views share it. A query asked by a
 * user (dispatched outside any unit of work: a REST call, a view) is marked so at dispatch; around its handler the
 * check refuses a {@link PersonalRead} about a person outside the user's scope ({@link NotAllowed}, a 403) and binds
 * the scope ({@link ReadScope}) for list handlers. A query Cadre asks for its own work (inside a command, an event
 * handler or another query) is answered without limit.
 */
final class ReadScopeCheck implements MessageDispatchInterceptor<QueryMessage<?, ?>>, MessageHandlerInterceptor<QueryMessage<?, ?>> {

    static final String ASKED_BY_USER = "cadre.askedByUser";

    private final ObjectProvider<ScopeDecision> scopes;

    ReadScopeCheck(ObjectProvider<ScopeDecision> scopes) {
        this.scopes = scopes;
    }

    @Override
    public BiFunction<Integer, QueryMessage<?, ?>, QueryMessage<?, ?>> handle(List<? extends QueryMessage<?, ?>> messages) {
        return (index, query) -> CurrentUnitOfWork.isStarted() ? query : query.andMetaData(java.util.Map.of(ASKED_BY_USER, true));
    }

    @Override
    public Object handle(UnitOfWork<? extends QueryMessage<?, ?>> unitOfWork, InterceptorChain chain) throws Exception {
        QueryMessage<?, ?> query = unitOfWork.getMessage();
        if (!Boolean.TRUE.equals(query.getMetaData().get(ASKED_BY_USER))) {
            return ReadScope.within(() -> Scope.EVERYONE, chain::proceed);
        }
        Supplier<Scope> scope = once(() -> scopes.getObject().current());
        if (query.getPayload() instanceof PersonalRead read) {
            UUID person = read.personRead();
            if (person != null && !scope.get().coversPerson(person) && scopes.getObject().isPerson(person)) {
                throw new NotAllowed("This person's record is outside your scope; the directory and the org chart show their"
                        + " name, title, team and manager");
            }
        }
        return ReadScope.within(scope, chain::proceed);
    }

    /** Decided at most once per query, and only when something asks. */
    private static Supplier<Scope> once(Supplier<Scope> decide) {
        Scope[] decided = new Scope[1];
        return () -> {
            if (decided[0] == null) {
                decided[0] = decide.get();
            }
            return decided[0];
        };
    }
}
