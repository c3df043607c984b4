package io.cadre.platform.security;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The scope of the query being handled on this thread, bound by the query bus ({@link ReadScopeCheck}) around every
 * query handler: list handlers leave out, or keep to the directory, the rows it does not cover. A query a command, an
 * event handler or another query asks for its own work (inside Axon's unit of work) is answered without limit: what
 * started that work was checked already.
 */
public final class ReadScope {

    private static final ThreadLocal<Supplier<Scope>> BOUND = new ThreadLocal<>();

    private ReadScope() {
    }

    /** The scope of the query being handled; without limit outside a query handler. */
    public static Scope current() {
        Supplier<Scope> scope = BOUND.get();
        return scope == null ? Scope.EVERYONE : scope.get();
    }

    static <T> T within(Supplier<Scope> scope, Callable<T> work) throws Exception {
        Supplier<Scope> before = BOUND.get();
        BOUND.set(scope);
        try {
            return work.call();
        } finally {
            if (before == null) {
                BOUND.remove();
            } else {
                BOUND.set(before);
            }
        }
    }
}
