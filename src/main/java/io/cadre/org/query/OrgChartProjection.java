package io.cadre.org.query;

import io.cadre.org.api.OrgEvent;
import io.cadre.org.timeline.OrgFacts;
import io.cadre.org.timeline.SubjectChange;
import io.cadre.org.timeline.TimelineTables;
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

    OrgChartProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.timeline = new TimelineTables(jdbc, "chart_");
    }

    @EventHandler
    void on(OrgEvent event, @SequenceNumber long sequence) {
        SubjectChange change = OrgFacts.of(event);
        timeline.record(change, sequence);
        jdbc.update("insert into chart_subject (subject_id, kind, version) values (?, ?, ?)"
                + " on conflict (subject_id) do update set version = greatest(chart_subject.version, excluded.version)",
                change.subjectId(), change.kind().name(), sequence);
    }

    @ResetHandler
    void reset() {
        timeline.clear();
        jdbc.execute("truncate chart_subject");
    }
}
