package io.cadre.platform.gateway;

/** The metadata every command carries into the events it causes: who acted, in which request, and why. */
public final class CommandContext {

    public static final String ACTOR = "actor";
    public static final String REQUEST_ID = "requestId";
    public static final String REASON = "reason";
    /** The request's root message, shared by everything it led to (Axon's {@code MessageOriginProvider}). */
    public static final String TRACE_ID = "traceId";
    /** The event whose handling by a process (a saga) led to this message; absent for what a user did directly. */
    public static final String CAUSATION_ID = "causationId";
    /** The scenario whose planned change a command records, when it applies one. */
    public static final String SCENARIO_ID = "scenarioId";

    /** The claim of the idempotent request that sent the command, whose outcome commits with the command's events. */
    public static final String IDEMPOTENCY_CLAIM = "idempotencyClaim";
    /** With {@link #IDEMPOTENCY_CLAIM}: the aggregate the command was sent for, whose id the request's answer names. */
    public static final String IDEMPOTENCY_AGGREGATE = "idempotencyAggregate";

    private CommandContext() {
    }
}
