package io.cadre.imports.service;

import io.cadre.imports.api.ImportStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The course every import takes: its file's lines are read, it reports {@code RUNNING}, does its rows, waits until
 * the read models hold all it changed and reports {@code COMPLETED}; whatever stops it is reported on line 0 and
 * the import as {@code FAILED}.
 *
 * @param <R> a row of the import's file
 */
abstract class ImportRun<R> {

    final UUID id;
    final ImportTools tools;
    final LocalDate today;
    final ShortTransactions transactions;
    final ImportLines lines;
    final OrgCommands commands;
    private final ImportTally tally;

    ImportRun(UUID id, int total, ImportTools tools) {
        this.id = id;
        this.tools = tools;
        this.today = LocalDate.now(tools.clock());
        this.tally = new ImportTally(id, total, tools.jobs());
        this.transactions = new ShortTransactions(id, tools.transactions(), tally);
        this.lines = new ImportLines(transactions, tally);
        this.commands = new OrgCommands(id, tools.commands(), tools.barrier(), transactions, lines);
    }

    final void run() {
        ReadLines<R> read = read();
        tally.read(read.errors(), read.adjustments());
        tally.report(ImportStatus.RUNNING, false);
        try {
            importRows(read.rows());
            commands.awaitReadModels();
            tally.report(ImportStatus.COMPLETED, true);
        } catch (RuntimeException e) {
            tally.refuse(0, "the import stopped: " + e.getMessage());
            tally.report(ImportStatus.FAILED, true);
            throw e;
        }
    }

    /** The file's lines, read. */
    abstract ReadLines<R> read();

    /** Does every row, recording what each did in {@link #lines}. */
    abstract void importRows(List<R> rows);
}
