package io.cadre.platform.gateway;

import io.cadre.platform.consistency.ReadModelBarrier;
import io.cadre.platform.consistency.ReadModelsBehind;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotAllowed;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import io.cadre.shared.TextRule;
import java.lang.reflect.RecordComponent;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way the REST API and the UI send commands: validates the command, attaches who, which request
 * and why, waits for the result, then for the read models to include it.
 */
@Component
public class Commands {

    public static final String REQUEST_ID_MDC = "requestId";
    /** Set while an API call under an Idempotency-Key runs: the id of its claim. */
    public static final String IDEMPOTENCY_CLAIM_MDC = "idempotencyClaim";
    private static final int MAX_REASON = 2000;
    private static final int MAX_ATTEMPTS = 2;

    private final CommandGateway gateway;
    private final Validator validator;
    private final ReadModelBarrier barrier;

    Commands(CommandGateway gateway, Validator validator, ReadModelBarrier barrier) {
        this.gateway = gateway;
        this.validator = validator;
        this.barrier = barrier;
    }

    /**
     * Sends a command about one aggregate and returns that aggregate's new version.
     *
     * @throws InvalidInput when the command or the reason is invalid; nothing is recorded
     * @throws NotAllowed   when the signed-in user may not send it (checked on the command bus); nothing is recorded
     * @throws NotFound     when the aggregate does not exist
     * @throws ConcurrentChange when another request changed the same aggregate at the same moment, twice; nothing is recorded
     * @throws ReadModelsBehind when the command was recorded but the read models did not include it in time
     */
    public long send(Object command, UUID aggregateId, String reason) {
        long version = sendWithoutWaiting(command, aggregateId, reason);
        if (!barrier.awaitEvent(aggregateId.toString(), version)) {
            throw new ReadModelsBehind(aggregateId.toString(), version, ReadModelsBehind.RETRY_AFTER);
        }
        return version;
    }

    /**
     * Sends a command like {@link #send} but returns once it is recorded, before the read models include it:
     * for a caller that sends many commands in a row, keeps its own account of what it changed, and waits
     * for the read models once, after its last command ({@link ReadModelBarrier#awaitEvent}).
     */
    public long sendWithoutWaiting(Object command, UUID aggregateId, String reason) {
        return sendWithoutWaiting(command, aggregateId, reason, Map.of());
    }

    /**
     * Sends a command like {@link #send} with more metadata for the events it causes (such as
     * {@link CommandContext#SCENARIO_ID}), and waits for the read models.
     */
    public long send(Object command, UUID aggregateId, String reason, Map<String, String> context) {
        long version = sendWithoutWaiting(command, aggregateId, reason, context);
        if (!barrier.awaitEvent(aggregateId.toString(), version)) {
            throw new ReadModelsBehind(aggregateId.toString(), version, ReadModelsBehind.RETRY_AFTER);
        }
        return version;
    }

    private long sendWithoutWaiting(Object command, UUID aggregateId, String reason, Map<String, String> context) {
        try {
            validate(command, reason);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Unreadable command " + command.getClass(), e);
        }
        Map<String, Object> metaData = new HashMap<>(context);
        metaData.put(CommandContext.ACTOR, actor());
        metaData.put(CommandContext.REQUEST_ID, requestId());
        if (reason != null && !reason.isBlank()) {
            metaData.put(CommandContext.REASON, reason.strip());
        }
        String claim = MDC.get(IDEMPOTENCY_CLAIM_MDC);
        if (claim != null) {
            metaData.put(CommandContext.IDEMPOTENCY_CLAIM, claim);
            metaData.put(CommandContext.IDEMPOTENCY_AGGREGATE, aggregateId.toString());
        }
        Object result = null;
        for (int attempt = 1; ; attempt++) {
            try {
                result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metaData)));
                break;
            } catch (AggregateNotFoundException e) {
                throw new NotFound("Nothing with id " + aggregateId + " exists");
            } catch (RuntimeException e) {
                if (!concurrentAppend(e)) {
                    throw domainCause(e);
                }
                // Another node appended to the same aggregate between our load and our append; nothing of ours was
                // stored. Once more against the aggregate as it now stands (its rules are checked again), then 409.
                if (attempt == MAX_ATTEMPTS) {
                    throw new ConcurrentChange(aggregateId.toString());
                }
            }
        }
        return result instanceof Number number ? number.longValue() : 0L;
    }

    private static boolean concurrentAppend(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    /** Axon wraps what an aggregate throws while its events are loaded; the domain's own refusal is what callers need. */
    private static RuntimeException domainCause(RuntimeException e) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            if (cause instanceof NotFound || cause instanceof InvalidInput || cause instanceof RuleViolation
                    || cause instanceof NotAllowed) {
                return (RuntimeException) cause;
            }
        }
        return e;
    }

    private void validate(Object command, String reason) throws ReflectiveOperationException {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        List<FieldError> errors = new java.util.ArrayList<>(violations.stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
        if (reason != null && reason.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "size must be between 0 and " + MAX_REASON));
        }
        // Text PostgreSQL cannot store (NUL, lone surrogates) would fail the command or, worse, a projection.
        TextRule.check("reason", reason, errors);
        if (command instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getAccessor().invoke(record) instanceof String text) {
                    TextRule.check(component.getName(), text, errors);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static String requestId() {
        String id = MDC.get(REQUEST_ID_MDC);
        return id != null ? id : UUID.randomUUID().toString();
    }
}
