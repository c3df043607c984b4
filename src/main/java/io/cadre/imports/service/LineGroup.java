package io.cadre.imports.service;

import io.cadre.imports.api.RowMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What a group of lines did in its one transaction, kept aside until the transaction commits. */
final class LineGroup implements LineRecord {

    private final List<RowMessage> errors = new ArrayList<>();
    private final List<RowMessage> adjustments = new ArrayList<>();
    private final List<Runnable> changes = new ArrayList<>();
    private final Map<String, Object> remembered = new HashMap<>();
    private int linesDone;

    @Override
    public void refuse(int line, String message) {
        errors.add(new RowMessage(line, message));
    }

    @Override
    public void adjust(int line, String message) {
        adjustments.add(new RowMessage(line, message));
    }

    @Override
    public void lineDone() {
        linesDone++;
    }

    @Override
    public void afterCommit(Runnable change) {
        changes.add(change);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V oncePerTransaction(String key, Supplier<V> compute) {
        return (V) remembered.computeIfAbsent(key, k -> compute.get());
    }

    /** Counts what the group did, now that it is committed. */
    void committed(ImportTally tally) {
        tally.record(errors, adjustments);
        changes.forEach(Runnable::run);
        tally.done(linesDone);
    }
}
