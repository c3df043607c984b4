package io.cadre.imports.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cadre.imports.api.GetImport;
import io.cadre.imports.api.ImportProgress;
import io.cadre.imports.api.ImportStatus;
import io.cadre.imports.api.RowMessage;
import io.cadre.shared.NotFound;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps each import's progress, a short write at a time, and answers how an import is going. */
@Component
class ImportJobs {

    private static final TypeReference<List<RowMessage>> MESSAGES = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final MeterRegistry meters;

    ImportJobs(JdbcTemplate jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper json, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.json = json;
        this.meters = meters;
        Gauge.builder("cadre.imports.running", () -> jdbc.queryForObject(
                        "select count(*) from import_job where status in ('QUEUED', 'RUNNING')", Long.class))
                .description("Imports queued or running").register(meters);
    }

    UUID create(int total, String user) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into import_job (id, status, total, created_by) values (?, ?, ?, ?)", id, ImportStatus.QUEUED.name(),
                total, user);
        return id;
    }

    /** Records how far an import is without rewriting its messages, which have not changed since they were last recorded. */
    void recordCounts(UUID id, ImportStatus status, int done, int failed, boolean finished) {
        jdbc.update("update import_job set status = ?, done = ?, failed = ?, finished_at = case when ? then now() end where id = ?",
                status.name(), done, failed, finished, id);
    }

    void record(ImportProgress progress, boolean finished) {
        if (finished) {
            meters.counter("cadre.imports.finished", "status", progress.status().name()).increment();
            meters.counter("cadre.imports.lines", "outcome", "done").increment(progress.done());
            meters.counter("cadre.imports.lines", "outcome", "refused").increment(progress.failed());
        }
        try {
            jdbc.update("update import_job set status = ?, done = ?, failed = ?, errors = cast(? as jsonb),"
                            + " adjustments = cast(? as jsonb), finished_at = case when ? then now() end where id = ?",
                    progress.status().name(), progress.done(), progress.failed(), json.writeValueAsString(progress.errors()),
                    json.writeValueAsString(progress.adjustments()), finished, progress.id());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @QueryHandler
    ImportProgress handle(GetImport query) {
        return jdbc.query("select id, status, total, done, failed, errors, adjustments from import_job where id = ?",
                (rs, i) -> new ImportProgress(rs.getObject(1, UUID.class), ImportStatus.valueOf(rs.getString(2)),
                        rs.getInt(3), rs.getInt(4), rs.getInt(5), read(rs.getString(6)), read(rs.getString(7))),
                query.importId())
                .stream().findFirst().orElseThrow(() -> new NotFound("No import with id " + query.importId()));
    }

    private List<RowMessage> read(String text) {
        try {
            return json.readValue(text, MESSAGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
