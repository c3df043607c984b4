package io.cadre.platform.gateway;

/** The metadata every command carries into the events it causes: who acted, in which request, and why. */
public final class CommandContext {

    public static final String ACTOR = "actor";
    public static final String REQUEST_ID = "requestId";
    public static final String REASON = "reason";

    private CommandContext() {
    }
}
