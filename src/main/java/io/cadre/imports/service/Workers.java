package io.cadre.imports.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The few threads an import's lines run on side by side, as the importing user, a few lines to a transaction. */
final class Workers implements AutoCloseable {

    /** Enough to keep the database busy while each worker waits for its commit, few enough for two cores. */
    private static final int WORKERS = 4;
    /**
     * Lines done in one transaction: enough to spread a commit over many lines, few enough that the transaction
     * stays far shorter than a second (Axon's gap timeout is a minute) and that a refusal redoes little.
     */
    private static final int LINES_PER_TRANSACTION = 25;

    private final ExecutorService pool;
    private final Authentication user;
    private final ShortTransactions transactions;

    Workers(UUID importId, Authentication user, ShortTransactions transactions) {
        this.pool = Executors.newFixedThreadPool(WORKERS, Thread.ofPlatform().name("import-" + importId + "-", 0).factory());
        this.user = user;
        this.transactions = transactions;
    }

    /**
     * Runs the work for every row on the workers, a few rows to a transaction, and returns when all of it is done.
     * A short list is spread over all the workers rather than given to one.
     */
    <T> void inParallel(List<T> rows, Consumer<T> work) {
        int perGroup = Math.clamp((rows.size() + WORKERS - 1) / WORKERS, 1, LINES_PER_TRANSACTION);
        List<Future<?>> running = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += perGroup) {
            List<T> group = rows.subList(from, Math.min(rows.size(), from + perGroup));
            running.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(user);
                try {
                    transactions.inOneTransaction(group, work);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        awaitAll(running);
    }

    /** Waits for every part; the first failure is thrown once all have ended. */
    private static void awaitAll(List<Future<?>> running) {
        RuntimeException failure = null;
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
