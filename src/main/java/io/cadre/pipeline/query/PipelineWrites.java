package io.cadre.pipeline.query;

import io.cadre.platform.projection.ProjectionBatch;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The pipeline projections' writes, collected over a processor batch in the order of its events and run just before it
 * commits: each run of the same statement goes to PostgreSQL as one JDBC batch. Every write is idempotent (inserts skip
 * existing rows, updates set values), so a batch handled again after a crash leaves the same rows.
 */
@Component
class PipelineWrites {

    private record Write(String sql, Object[] args) {
    }

    private final JdbcTemplate jdbc;

    PipelineWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(String sql, Object... args) {
        ProjectionBatch.add("pipeline", new Write(sql, args), this::write);
    }

    private void write(List<Write> writes) {
        int start = 0;
        while (start < writes.size()) {
            String sql = writes.get(start).sql();
            List<Object[]> args = new ArrayList<>();
            int end = start;
            while (end < writes.size() && writes.get(end).sql().equals(sql)) {
                args.add(writes.get(end++).args());
            }
            jdbc.batchUpdate(sql, args);
            start = end;
        }
    }
}
