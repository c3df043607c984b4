package io.cadre.org.query;

import io.cadre.org.api.OrgEvent;
import io.cadre.org.timeline.OrgFacts;
import io.cadre.org.timeline.SubjectChange;
import io.cadre.org.timeline.TimelineTables;
import io.cadre.platform.axon.ReadModelChanges;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps every team's and person's state as dated intervals, for the org chart, the directory and records on any date. */
@Component
@ProcessingGroup(OrgChartProjection.GROUP)
class OrgChartProjection {

    static final String GROUP = "org-chart";

    private final JdbcTemplate jdbc;
    private final TimelineTables timeline;
    private final ReadModelChanges changes;

    OrgChartProjection(JdbcTemplate jdbc, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.timeline = new TimelineTables(jdbc, "chart_");
        this.changes = changes;
    }

    @EventHandler
    void on(OrgEvent event, @SequenceNumber long sequence) {
        SubjectChange change = OrgFacts.of(event);
        timeline.record(change, sequence);
        jdbc.update("insert into chart_subject (subject_id, kind, version) values (?, ?, ?)"
                + " on conflict (subject_id) do update set version = greatest(chart_subject.version, excluded.version)",
                change.subjectId(), change.kind().name(), sequence);
        changes.announceAfterCommit();
    }

    @ResetHandler
    void reset() {
        timeline.clear();
        jdbc.execute("truncate chart_subject");
    }
}
