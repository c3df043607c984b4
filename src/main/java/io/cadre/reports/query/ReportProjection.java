package io.cadre.reports.query;

import io.cadre.ladder.api.LadderPublished;
import io.cadre.ladder.api.Level;
import io.cadre.ladder.api.Track;
import io.cadre.org.api.ChangeRetracted;
import io.cadre.org.api.LevelChanged;
import io.cadre.org.api.ManagerChanged;
import io.cadre.org.api.OrgEvent;
import io.cadre.org.api.PersonHired;
import io.cadre.org.api.PersonLeft;
import io.cadre.org.api.PersonTransferred;
import io.cadre.org.api.TeamDissolved;
import io.cadre.org.api.TeamFormed;
import io.cadre.org.api.TeamLeadAssigned;
import io.cadre.org.api.TeamMoved;
import io.cadre.org.api.TeamRenamed;
import io.cadre.pipeline.api.PositionApproved;
import io.cadre.pipeline.api.PositionCancelled;
import io.cadre.pipeline.api.PositionEvent;
import io.cadre.pipeline.api.PositionFilled;
import io.cadre.pipeline.api.PositionFrozen;
import io.cadre.pipeline.api.PositionOpened;
import io.cadre.pipeline.api.PositionUnfrozen;
import io.cadre.pipeline.api.PromotionCalibrating;
import io.cadre.pipeline.api.PromotionDecided;
import io.cadre.pipeline.api.PromotionEvent;
import io.cadre.pipeline.api.PromotionNominated;
import io.cadre.pipeline.api.PromotionWithdrawn;
import io.cadre.platform.persistence.BulkInsert;
import io.cadre.platform.projection.ProjectionBatch;
import io.cadre.platform.projection.ReadModelTables;
import io.cadre.platform.projection.RecordTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the dated facts the reports fold: what each organisation event sets on its team or person, the levels of the
 * latest published ladders, each position's statuses and each promotion case's, every fact with the instant it was
 * recorded. Rows of a batch are written together before it commits.
 */
@Component
@ProcessingGroup(ReportProjection.GROUP)
@ReadModelTables(value = {"report_change", "report_level", "report_track", "report_position", "report_position_status",
        "report_promotion_status"}, indexedAfterReplay = "report_change")
class ReportProjection {

    /** The processing group of the reports, replayed on its own. */
    static final String GROUP = "reports";

    private static final List<String> CHANGE = List.of("uuid", "char(1)", "bigint", "date", "text", "text", "timestamptz");
    private static final List<String> STATUS = List.of("uuid", "bigint", "date", "text", "timestamptz");
    private static final List<String> PROMOTION = List.of("uuid", "bigint", "uuid", "text", "date", "text", "timestamptz");

    private final JdbcTemplate jdbc;

    ReportProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrgEvent event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        Instant recorded = RecordTime.of(recordedAt);
        List<Object[]> rows = new ArrayList<>();
        switch (event) {
            case TeamFormed e -> team(rows, e, seq, "active", "true", "name", e.name(), "parent_id", str(e.parentId()), "lead_id", null);
            case TeamRenamed e -> team(rows, e, seq, "name", e.name());
            case TeamMoved e -> team(rows, e, seq, "parent_id", str(e.parentId()));
            case TeamLeadAssigned e -> team(rows, e, seq, "lead_id", str(e.leadId()));
            case TeamDissolved e -> team(rows, e, seq, "active", "false", "lead_id", null);
            case PersonHired e -> person(rows, e, seq, "hired", "true", "team_id", str(e.teamId()), "manager_id", str(e.managerId()),
                    "level", e.level());
            case PersonTransferred e -> person(rows, e, seq, "team_id", str(e.teamId()));
            case ManagerChanged e -> person(rows, e, seq, "manager_id", str(e.managerId()));
            case LevelChanged e -> person(rows, e, seq, "level", e.level());
            case PersonLeft e -> person(rows, e, seq, "left", e.kind() == null ? "OTHER" : e.kind().name());
            default -> {
                // Missions and titles change no report.
            }
        }
        rows.forEach(row -> {
            row[6] = recorded;
            ProjectionBatch.add("report-change", row, this::writeChanges);
        });
    }

    /** A retracted change stays among the facts, marked: reports as effective leave it out, reports as recorded before keep it. */
    @EventHandler
    void on(ChangeRetracted event, @Timestamp Instant recordedAt) {
        Instant recorded = RecordTime.of(recordedAt);
        ProjectionBatch.add("report-change", new Object[] {event.subjectId(), event.retractedSeq(), recorded}, this::writeChanges);
    }

    /** Inserts the batch's facts in runs; a retraction marks its change once the facts before it are in. */
    private void writeChanges(List<Object[]> batch) {
        List<Object[]> run = new ArrayList<>();
        for (Object[] row : batch) {
            if (row.length == 3) {
                insert(run);
                run.clear();
                jdbc.update("update report_change set retracted_at = coalesce(retracted_at, ?) where subject_id = ? and seq = ?",
                        java.sql.Timestamp.from((Instant) row[2]), row[0], row[1]);
            } else {
                run.add(row);
            }
        }
        insert(run);
    }

    private void insert(List<Object[]> rows) {
        BulkInsert.into(jdbc, "report_change (subject_id, kind, seq, valid_from, field, value, recorded_at)", CHANGE, rows,
                " on conflict do nothing");
    }

    @EventHandler
    void on(LadderPublished event) {
        String ladder = event.content().code();
        for (Level level : event.content().levels()) {
            if (level == null) {
                continue;
            }
            jdbc.update("insert into report_level (ladder_code, level_code, title, tracks, ord) values (?, ?, ?, ?, ?)"
                    + " on conflict (ladder_code, level_code) do update set title = excluded.title, tracks = excluded.tracks, ord = excluded.ord",
                    ladder, level.code(), level.title(), String.join(",", level.tracks()), level.order());
        }
        for (Track track : event.content().tracks()) {
            if (track != null) {
                jdbc.update("insert into report_track (ladder_code, track_code, name) values (?, ?, ?)"
                        + " on conflict (ladder_code, track_code) do update set name = excluded.name", ladder, track.code(), track.name());
            }
        }
    }

    @EventHandler
    void on(PositionEvent event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        if (event instanceof PositionOpened e) {
            jdbc.update("insert into report_position (position_id, team_id, level, title, opened_on) values (?, ?, ?, ?, ?)"
                    + " on conflict do nothing", e.positionId(), e.teamId(), e.level(), e.title(), e.effectiveDate());
        }
        String status = switch (event) {
            case PositionOpened e -> "PROPOSED";
            case PositionApproved e -> "APPROVED";
            case PositionFrozen e -> "FROZEN";
            case PositionUnfrozen e -> "APPROVED";
            case PositionCancelled e -> "CANCELLED";
            case PositionFilled e -> "FILLED";
        };
        ProjectionBatch.add("report-position-status", new Object[] {event.positionId(), seq, event.effectiveDate(), status,
                RecordTime.of(recordedAt)}, batch -> BulkInsert.into(jdbc, "report_position_status (position_id, seq, valid_from, status,"
                + " recorded_at)", STATUS, batch, " on conflict do nothing"));
    }

    @EventHandler
    void on(PromotionEvent event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        Object[] row = switch (event) {
            case PromotionNominated e -> new Object[] {e.personId(), e.targetLevel(), "NOMINATED"};
            case PromotionCalibrating e -> new Object[] {null, null, "IN_CALIBRATION"};
            case PromotionDecided e -> new Object[] {e.personId(), e.targetLevel(), e.decision().name()};
            case PromotionWithdrawn e -> new Object[] {null, null, "WITHDRAWN"};
        };
        ProjectionBatch.add("report-promotion-status", new Object[] {event.promotionId(), seq, row[0], row[1], event.effectiveDate(),
                row[2], RecordTime.of(recordedAt)}, batch -> BulkInsert.into(jdbc, "report_promotion_status (promotion_id, seq,"
                + " person_id, target_level, valid_from, status, recorded_at)", PROMOTION, batch, " on conflict do nothing"));
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate report_change, report_level, report_track, report_position, report_position_status,"
                + " report_promotion_status");
    }

    private static void team(List<Object[]> rows, OrgEvent e, long seq, String... pairs) {
        add(rows, "T", e, seq, pairs);
    }

    private static void person(List<Object[]> rows, OrgEvent e, long seq, String... pairs) {
        add(rows, "P", e, seq, pairs);
    }

    private static void add(List<Object[]> rows, String kind, OrgEvent e, long seq, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            rows.add(new Object[] {e.subjectId(), kind, seq, e.effectiveDate(), pairs[i], pairs[i + 1], null});
        }
    }

    private static String str(Object value) {
        return Objects.toString(value, null);
    }
}
