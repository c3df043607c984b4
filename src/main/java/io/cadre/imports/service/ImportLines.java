package io.cadre.imports.service;

import java.util.function.Supplier;

/**
 * What an import's lines record as they are done: straight into the tally, or, for lines done in one short
 * transaction, kept aside with their group until it commits.
 */
final class ImportLines implements LineRecord {

    private final ShortTransactions transactions;
    private final LineRecord atOnce;

    ImportLines(ShortTransactions transactions, ImportTally tally) {
        this.transactions = transactions;
        this.atOnce = new AtOnce(tally);
    }

    private LineRecord current() {
        LineGroup group = transactions.current();
        return group != null ? group : atOnce;
    }

    @Override
    public void refuse(int line, String message) {
        current().refuse(line, message);
    }

    @Override
    public void adjust(int line, String message) {
        current().adjust(line, message);
    }

    @Override
    public void lineDone() {
        current().lineDone();
    }

    @Override
    public void afterCommit(Runnable change) {
        current().afterCommit(change);
    }

    @Override
    public <V> V oncePerTransaction(String key, Supplier<V> compute) {
        return current().oncePerTransaction(key, compute);
    }

    /** Outside a group: each line counts as soon as it is done, and nothing is remembered between lines. */
    private record AtOnce(ImportTally tally) implements LineRecord {

        @Override
        public void refuse(int line, String message) {
            tally.refuse(line, message);
        }

        @Override
        public void adjust(int line, String message) {
            tally.adjust(line, message);
        }

        @Override
        public void lineDone() {
            tally.done(1);
        }

        @Override
        public void afterCommit(Runnable change) {
            change.run();
        }

        @Override
        public <V> V oncePerTransaction(String key, Supplier<V> compute) {
            return compute.get();
        }
    }
}
