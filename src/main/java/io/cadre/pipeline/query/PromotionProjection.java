package io.cadre.pipeline.query;

import io.cadre.pipeline.api.CalibrationOpened;
import io.cadre.pipeline.api.Evidence;
import io.cadre.pipeline.api.PromotionCalibrating;
import io.cadre.pipeline.api.PromotionDecided;
import io.cadre.pipeline.api.PromotionNominated;
import io.cadre.pipeline.api.PromotionRecommended;
import io.cadre.pipeline.api.PromotionStatus;
import io.cadre.pipeline.api.PromotionWithdrawn;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.gateway.CommandContext;
import io.cadre.platform.projection.ReadModelTables;
import io.cadre.platform.projection.ReadModels;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps every promotion case with its evidence and decision, and every calibration session with each change it made. */
@Component
@ReadModelTables({"promotion", "promotion_evidence", "calibration", "calibration_change"})
@ProcessingGroup(ReadModels.PROCESSOR)
class PromotionProjection {

    private static final String CLOSE = "update promotion set status = ?, decision = ?, decision_date = ?, decision_reason = ?,"
            + " decided_by = ?, decided_at = ?, version = ? where promotion_id = ?";

    private final JdbcTemplate jdbc;
    private final PipelineWrites writes;
    private final ReadModelChanges changes;

    PromotionProjection(JdbcTemplate jdbc, PipelineWrites writes, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.changes = changes;
    }

    @EventHandler
    void on(PromotionNominated e, EventMessage<?> message, @SequenceNumber long seq) {
        writes.add("insert into promotion (promotion_id, person_id, from_level, target_level, kind, ladder_version, status,"
                        + " nominated_on, nominated_by, nomination_reason, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict do nothing", e.promotionId(), e.personId(), e.fromLevel(), e.targetLevel(), e.kind(),
                e.ladderVersion(), PromotionStatus.NOMINATED.name(), e.effectiveDate(), text(message, CommandContext.ACTOR),
                text(message, CommandContext.REASON), seq);
        for (int i = 0; i < e.evidence().size(); i++) {
            Evidence evidence = e.evidence().get(i);
            writes.add("insert into promotion_evidence (promotion_id, position, area, text) values (?, ?, ?, ?) on conflict do nothing",
                    e.promotionId(), i, evidence.area(), evidence.text());
        }
        changes.announceAfterCommit();
    }

    @EventHandler
    void on(PromotionCalibrating e, @SequenceNumber long seq) {
        writes.add("update promotion set status = ?, session_id = ?, version = ? where promotion_id = ?",
                PromotionStatus.IN_CALIBRATION.name(), e.sessionId(), seq, e.promotionId());
        changes.announceAfterCommit();
    }

    @EventHandler
    void on(PromotionDecided e, EventMessage<?> message, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.add(CLOSE, PromotionStatus.valueOf(e.decision().name()).name(), e.decision().name(), e.effectiveDate(),
                text(message, CommandContext.REASON), text(message, CommandContext.ACTOR), Timestamp.from(at), seq, e.promotionId());
        changes.announceAfterCommit();
    }

    @EventHandler
    void on(PromotionWithdrawn e, EventMessage<?> message, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.add(CLOSE, PromotionStatus.WITHDRAWN.name(), PromotionStatus.WITHDRAWN.name(), e.effectiveDate(),
                text(message, CommandContext.REASON), text(message, CommandContext.ACTOR), Timestamp.from(at), seq, e.promotionId());
        changes.announceAfterCommit();
    }

    @EventHandler
    void on(CalibrationOpened e, @SequenceNumber long seq) {
        writes.add("insert into calibration (session_id, name, session_date, version) values (?, ?, ?, ?) on conflict do nothing",
                e.sessionId(), e.name(), e.date(), seq);
        changes.announceAfterCommit();
    }

    @EventHandler
    void on(PromotionRecommended e, EventMessage<?> message, @SequenceNumber long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.add("insert into calibration_change (session_id, seq, promotion_id, recommendation_from, recommendation_to, recorded_at,"
                        + " actor, reason) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", e.sessionId(), seq, e.promotionId(),
                e.from() == null ? null : e.from().name(), e.to().name(), Timestamp.from(at), text(message, CommandContext.ACTOR),
                text(message, CommandContext.REASON));
        writes.add("update calibration set version = ? where session_id = ?", seq, e.sessionId());
        changes.announceAfterCommit();
    }

    private static String text(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate promotion, promotion_evidence, calibration, calibration_change");
    }
}
