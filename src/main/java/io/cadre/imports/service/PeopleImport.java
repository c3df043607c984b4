package io.cadre.imports.service;

import io.cadre.imports.api.ImportColumn;
import io.cadre.imports.api.ImportPreview;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Starts HRIS imports: reads the file's header at once (an unusable one is refused before anything starts), then
 * runs the rows in the background as the user who uploaded the file.
 */
@Component
public class PeopleImport {

    private static final Logger log = LoggerFactory.getLogger(PeopleImport.class);
    private static final int PREVIEW_LINES = 10;

    private final ImportTools tools;
    private final TaskExecutor executor;

    PeopleImport(ImportTools tools, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.tools = tools;
        this.executor = executor;
    }

    /** Starts recording a job history as back-dated changes and returns the import's id. */
    public UUID startJobHistory(String csv, Authentication user) {
        ReadLines<HistoryCsv.Job> history = HistoryCsv.read(csv);
        UUID id = tools.jobs().create(history.rows().size() + history.errors().size(), user.getName());
        inBackground(user, new JobHistoryRun(id, history, tools));
        return id;
    }

    /** What the file would import, read with the given column mapping (null: recognise the headers); records nothing. */
    public ImportPreview preview(String csv, String emailDomain, Map<String, ImportColumn> mapping) {
        PeopleCsv file = PeopleCsv.read(csv, mapping);
        ReadLines<ImportRow> read = file.readRows(emailDomain);
        return new ImportPreview(file.headers(), file.columns(), file.size(), file.sample(PREVIEW_LINES), read.errors(),
                read.adjustments());
    }

    /**
     * Starts importing the file and returns the import's id; emailDomain completes emails given as bare user
     * names, and mapping (null: recognise the headers) says which column each header is.
     */
    public UUID start(String csv, String emailDomain, Map<String, ImportColumn> mapping, Authentication user) {
        PeopleCsv file = PeopleCsv.read(csv, mapping);
        UUID id = tools.jobs().create(file.size(), user.getName());
        inBackground(user, new PeopleRun(id, file, emailDomain, tools));
        return id;
    }

    private void inBackground(Authentication user, ImportRun<?> run) {
        executor.execute(() -> {
            SecurityContextHolder.getContext().setAuthentication(user);
            try {
                run.run();
            } catch (RuntimeException e) {
                log.error("Import {} stopped", run.id, e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }
}
