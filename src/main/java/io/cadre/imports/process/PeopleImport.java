package io.cadre.imports.process;

import io.cadre.ladder.api.LevelCatalog;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.consistency.ReadModelBarrier;
import io.cadre.imports.api.ImportColumn;
import io.cadre.imports.api.ImportPreview;
import io.cadre.imports.api.RowMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Starts an HRIS import of people: reads the header at once (an unusable one is refused before anything
 * starts), then runs the rows in the background as the user who uploaded the file.
 */
@Component
public class PeopleImport {

    private static final Logger log = LoggerFactory.getLogger(PeopleImport.class);
    private static final int PREVIEW_LINES = 10;

    private final Commands commands;
    private final Queries queries;
    private final ReadModelBarrier barrier;
    private final ImportJobs jobs;
    private final TaskExecutor executor;
    private final Clock clock;
    private final LevelCatalog ladders;
    private final TransactionManager transactions;

    PeopleImport(Commands commands, Queries queries, ReadModelBarrier barrier, ImportJobs jobs,
                 @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock, LevelCatalog ladders,
                 TransactionManager transactions) {
        this.ladders = ladders;
        this.transactions = transactions;
        this.commands = commands;
        this.queries = queries;
        this.barrier = barrier;
        this.jobs = jobs;
        this.executor = executor;
        this.clock = clock;
    }

    /** Starts recording a job history as back-dated changes and returns the import's id. */
    public UUID startJobHistory(String csv, Authentication user) {
        List<RowMessage> errors = new ArrayList<>();
        List<HistoryCsv.Job> history = HistoryCsv.read(csv, errors);
        UUID id = jobs.create(history.size() + errors.size(), user.getName());
        ImportLedger ledger = new ImportLedger(id, history.size() + errors.size(), jobs, commands, transactions);
        ledger.errors.addAll(errors);
        inBackground(id, user, () -> new JobHistoryRun(history, ledger, queries, barrier, LocalDate.now(clock)).run());
        return id;
    }

    /** What the file would import, read with the given column mapping (null: recognise the headers); records nothing. */
    public ImportPreview preview(String csv, String emailDomain, Map<String, ImportColumn> mapping) {
        PeopleCsv file = PeopleCsv.read(csv, mapping);
        List<ImportRow> rows = new ArrayList<>();
        List<RowMessage> errors = new ArrayList<>();
        List<RowMessage> adjustments = new ArrayList<>();
        file.readRows(emailDomain, rows, errors, adjustments);
        return new ImportPreview(file.headers(), file.columns(), file.size(), file.sample(PREVIEW_LINES), errors, adjustments);
    }

    /**
     * Starts importing the file and returns the import's id; emailDomain completes emails given as bare user
     * names, and mapping (null: recognise the headers) says which column each header is.
     */
    public UUID start(String csv, String emailDomain, Map<String, ImportColumn> mapping, Authentication user) {
        PeopleCsv file = PeopleCsv.read(csv, mapping);
        UUID id = jobs.create(file.size(), user.getName());
        inBackground(id, user, () -> new ImportRun(id, file, emailDomain, commands, queries, barrier, jobs, clock, ladders, transactions).run());
        return id;
    }

    private void inBackground(UUID id, Authentication user, Runnable run) {
        executor.execute(() -> {
            SecurityContextHolder.getContext().setAuthentication(user);
            try {
                run.run();
            } catch (RuntimeException e) {
                log.error("Import {} stopped", id, e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }
}
