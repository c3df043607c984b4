package io.cadre.org.query;

import io.cadre.org.api.ChangeRetracted;
import io.cadre.org.api.OrgEvent;
import io.cadre.org.api.PersonalDataEvent;
import io.cadre.org.timeline.OrgFacts;
import io.cadre.org.timeline.SubjectKind;
import io.cadre.org.timeline.TimelineTables;
import io.cadre.platform.projection.ProjectionBatch;
import io.cadre.platform.projection.ReadModelTables;
import io.cadre.platform.projection.RecordTime;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.projection.ReadModels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps every team's and person's state as dated intervals, for the org chart, the directory and records on any date.
 * The changes of a whole batch of events are written together, before the batch commits with its token.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSOR)
@ReadModelTables(value = {"chart_subject", "chart_change", "chart_person_state", "chart_team_state"},
        indexedAfterReplay = {"chart_subject", "chart_change", "chart_person_state", "chart_team_state"})
class OrgChartProjection {

    /** The most items a batch may hold and still be planned as a live one (see {@link #write}). */
    private static final int SMALL_BATCH = 16;

    private static final String BATCH = "org-chart";

    private final JdbcTemplate jdbc;
    private final TimelineTables timeline;
    private final ReadModelChanges changes;

    OrgChartProjection(JdbcTemplate jdbc, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.timeline = new TimelineTables(jdbc, "chart_");
        this.changes = changes;
    }

    @EventHandler
    void on(OrgEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        // The instant rounded to PostgreSQL's microseconds, as every read model keeps it.
        Instant recorded = RecordTime.of(recordedAt);
        ProjectionBatch.add(BATCH, (Object) new TimelineTables.Numbered(OrgFacts.of(event), sequence, recorded), this::write);
        changes.announceAfterCommit();
    }

    /**
     * A correction or erasure changes no dated state, but the person's version, and marks them touched so that a kept
     * chart takes their name anew from the personal-data store.
     */
    @EventHandler
    void on(PersonalDataEvent event, @SequenceNumber long sequence) {
        ProjectionBatch.add(BATCH, (Object) new PersonalDataChanged(event.personId(), sequence), this::write);
        changes.announceAfterCommit();
    }

    /** A correction or erasure of a person's personal data in a batch: the person and the event's number. */
    private record PersonalDataChanged(UUID personId, long seq) {
    }

    /** A retracted change leaves the intervals; it stays among the changes, marked, for the views as recorded before. */
    @EventHandler
    void on(ChangeRetracted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        SubjectKind kind = event.retractedType().startsWith("Team") ? SubjectKind.TEAM : SubjectKind.PERSON;
        Instant recorded = RecordTime.of(recordedAt);
        ProjectionBatch.add(BATCH, (Object) new Retraction(kind, event.subjectId(), event.retractedSeq(), sequence, recorded), this::write);
        changes.announceAfterCommit();
    }

    /** A retraction in a batch: the subject, the number of the change retracted and of the retraction, and when. */
    private record Retraction(SubjectKind kind, UUID subjectId, long retractedSeq, long seq, Instant at) {
    }

    private void write(List<Object> items) {
        // The batch's statements look subjects up by arrays of ids. Without statistics (a table that grew from empty since
        // it was last analysed, as in a first large import) the planner takes each id for half a percent of the rows and
        // scans the whole table for a few dozen ids, tens of milliseconds a batch: an index is always the way to a
        // batch's subjects. A batch of a catch-up or a replay (hundreds of events) is planned for its own arrays: a plan
        // PostgreSQL kept for another size ran it a fifth slower. A live batch (a command or two) uses the plan kept for
        // each statement: planning it anew each time took longer than running it.
        jdbc.execute("set local enable_seqscan = off; set local plan_cache_mode = "
                + (items.size() > SMALL_BATCH ? "force_custom_plan" : "force_generic_plan"));
        // Changes are recorded a run at a time; a retraction waits for the changes before it, the one it retracts among them.
        List<TimelineTables.Numbered> run = new ArrayList<>();
        Map<UUID, Touched> latest = new LinkedHashMap<>();
        for (Object item : items) {
            if (item instanceof TimelineTables.Numbered numbered) {
                run.add(numbered);
                latest.merge(numbered.change().subjectId(), new Touched(numbered.change().kind(), numbered.seq()), Touched::later);
            } else if (item instanceof PersonalDataChanged changed) {
                latest.merge(changed.personId(), new Touched(SubjectKind.PERSON, changed.seq()), Touched::later);
            } else if (item instanceof Retraction retraction) {
                timeline.recordAll(run);
                run.clear();
                timeline.retract(retraction.kind(), retraction.subjectId(), retraction.retractedSeq(), retraction.at());
                latest.merge(retraction.subjectId(), new Touched(retraction.kind(), retraction.seq()), Touched::later);
            }
        }
        timeline.recordAll(run);
        String[] ids = latest.keySet().stream().map(UUID::toString).toArray(String[]::new);
        String[] kinds = latest.values().stream().map(t -> t.kind().name()).toArray(String[]::new);
        Long[] versions = latest.values().stream().map(Touched::seq).toArray(Long[]::new);
        // Each subject is marked with this transaction's id, so a kept org chart can tell what changed since (OrgCharts).
        jdbc.update(con -> {
            var statement = con.prepareStatement("insert into chart_subject (subject_id, kind, version, touched)"
                    + " select s.id, s.kind, s.version, cast(cast(pg_current_xact_id() as text) as bigint)"
                    + " from unnest(cast(? as uuid[]), cast(? as text[]), cast(? as bigint[])) as s(id, kind, version)"
                    + " on conflict (subject_id) do update set version = greatest(chart_subject.version, excluded.version),"
                    + " touched = excluded.touched");
            statement.setArray(1, con.createArrayOf("text", ids));
            statement.setArray(2, con.createArrayOf("text", kinds));
            statement.setArray(3, con.createArrayOf("bigint", versions));
            return statement;
        });
    }

    /** A subject a batch writes, with its latest event's number. */
    private record Touched(SubjectKind kind, long seq) {
        Touched later(Touched other) {
            return other.seq > seq ? other : this;
        }
    }

    @ResetHandler
    void reset() {
        timeline.clear();
        jdbc.execute("truncate chart_subject");
    }
}
