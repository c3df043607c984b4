package io.cadre.pipeline.query;

import io.cadre.pipeline.api.CalibrationCase;
import io.cadre.pipeline.api.CalibrationChange;
import io.cadre.pipeline.api.CalibrationDetails;
import io.cadre.pipeline.api.DecisionRecord;
import io.cadre.pipeline.api.Evidence;
import io.cadre.pipeline.api.FindPromotions;
import io.cadre.pipeline.api.CalibrationPage;
import io.cadre.pipeline.api.CalibrationSummary;
import io.cadre.pipeline.api.FindCalibrations;
import io.cadre.pipeline.api.GetCalibration;
import io.cadre.pipeline.api.GetPromotion;
import io.cadre.pipeline.api.ListCalibrations;
import io.cadre.pipeline.api.PromotionDetails;
import io.cadre.pipeline.api.PromotionPage;
import io.cadre.pipeline.api.PromotionStatus;
import io.cadre.pipeline.api.Recommendation;
import io.cadre.pipeline.service.PromotionScope;
import io.cadre.shared.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the promotion and calibration queries from their read models, leaving out the cases the asker may not see. */
@Component
class PromotionQueries {

    /**
     * A case's current recommendation: the last change of it in the session the case is in. Derived here rather than kept
     * on the case's row, because the case and the session are two aggregates whose events a rebuild replays side by side.
     */
    private static final String RECOMMENDATION = "(select c.recommendation_to from calibration_change c where c.session_id = p.session_id"
            + " and c.promotion_id = p.promotion_id order by c.seq desc limit 1)";
    private static final String PROMOTION = "select promotion_id, person_id, from_level, target_level, kind, ladder_version, status,"
            + " nominated_on, nominated_by, nomination_reason, session_id, " + RECOMMENDATION + ", decision, decision_date,"
            + " decision_reason, decided_by, decided_at, version from promotion p";
    private static final String CHANGES = "select recorded_at, actor, session_id, promotion_id, recommendation_from,"
            + " recommendation_to, reason from calibration_change";

    private final JdbcTemplate jdbc;
    private final PromotionScope scope;

    PromotionQueries(JdbcTemplate jdbc, PromotionScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @QueryHandler
    PromotionDetails handle(GetPromotion query) {
        PromotionDetails found = jdbc.query(PROMOTION + " where promotion_id = ?", (rs, i) -> promotion(rs), query.promotionId())
                .stream().findFirst().orElseThrow(() -> new NotFound("No promotion case with id " + query.promotionId()));
        List<Evidence> evidence = jdbc.query("select area, text from promotion_evidence where promotion_id = ? order by position",
                (rs, i) -> new Evidence(rs.getString(1), rs.getString(2)), query.promotionId());
        List<CalibrationChange> log = jdbc.query(CHANGES + " where promotion_id = ? order by recorded_at, seq",
                (rs, i) -> change(rs), query.promotionId());
        return new PromotionDetails(found.id(), found.personId(), found.fromLevel(), found.targetLevel(), found.kind(),
                found.ladderVersion(), found.status(), found.nominatedOn(), found.nominatedBy(), found.nominationReason(),
                found.sessionId(), found.recommendation(), evidence, log, found.decision(), found.version());
    }

    @QueryHandler
    PromotionPage handle(FindPromotions query) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (query.status() != null) {
            where.append(" and p.status = ?");
            args.add(query.status().name());
        }
        if (query.personId() != null) {
            where.append(" and p.person_id = ?");
            args.add(query.personId());
        }
        Optional<Set<UUID>> visible = scope.visiblePeople();
        if (visible.isPresent()) {
            where.append(" and p.person_id = any(?)");
            args.add(visible.get().toArray(UUID[]::new));
        }
        long total = jdbc.queryForObject("select count(*) from promotion p" + where, Long.class, args.toArray());
        List<Object> paged = new ArrayList<>(args);
        paged.add(query.size());
        paged.add((long) query.page() * query.size());
        List<PromotionDetails> items = jdbc.query(PROMOTION + where + " order by p.nominated_on desc, p.promotion_id limit ? offset ?",
                (rs, i) -> promotion(rs), paged.toArray());
        return new PromotionPage(items, query.page(), query.size(), total);
    }

    @QueryHandler
    CalibrationDetails handle(GetCalibration query) {
        CalibrationDetails session = jdbc.query("select session_id, name, session_date, version from calibration where session_id = ?",
                (rs, i) -> new CalibrationDetails(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                        List.of(), List.of(), rs.getLong(4)), query.sessionId())
                .stream().findFirst().orElseThrow(() -> new NotFound("No calibration session with id " + query.sessionId()));
        List<CalibrationCase> cases = jdbc.query("select promotion_id, person_id, from_level, target_level, status, " + RECOMMENDATION
                        + " from promotion p where session_id = ? order by nominated_on, promotion_id",
                (rs, i) -> new CalibrationCase(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), PromotionStatus.valueOf(rs.getString(5)), recommendation(rs.getString(6))), query.sessionId());
        cases = scope.visible(cases, CalibrationCase::personId);
        Set<UUID> shown = cases.stream().map(CalibrationCase::promotionId).collect(Collectors.toSet());
        List<CalibrationChange> log = jdbc.query(CHANGES + " where session_id = ? order by seq", (rs, i) -> change(rs),
                query.sessionId()).stream().filter(c -> shown.contains(c.promotionId())).toList();
        return new CalibrationDetails(session.id(), session.name(), session.date(), cases, log, session.version());
    }

    @QueryHandler
    List<CalibrationDetails> handle(ListCalibrations query) {
        return jdbc.query("select session_id, name, session_date, version from calibration order by session_date desc, name",
                (rs, i) -> new CalibrationDetails(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                        List.of(), List.of(), rs.getLong(4)));
    }

    @QueryHandler
    CalibrationPage handle(FindCalibrations query) {
        long total = jdbc.queryForObject("select count(*) from calibration", Long.class);
        StringBuilder visibleCases = new StringBuilder("p.session_id = c.session_id");
        List<Object> args = new ArrayList<>();
        Optional<Set<UUID>> visible = scope.visiblePeople();
        if (visible.isPresent()) {
            visibleCases.append(" and p.person_id = any(?)");
            args.add(visible.get().toArray(UUID[]::new));
        }
        args.add(query.size());
        args.add((long) query.page() * query.size());
        List<CalibrationSummary> items = jdbc.query("select c.session_id, c.name, c.session_date, c.version, count(p.promotion_id),"
                        + " count(p.promotion_id) filter (where p.status in ('NOMINATED', 'IN_CALIBRATION'))"
                        + " from calibration c left join promotion p on " + visibleCases
                        + " group by c.session_id, c.name, c.session_date, c.version"
                        + " order by c.session_date desc, c.name, c.session_id limit ? offset ?",
                (rs, i) -> new CalibrationSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getInt(5), rs.getInt(6), rs.getLong(4)), args.toArray());
        return new CalibrationPage(items, query.page(), query.size(), total);
    }

    private static PromotionDetails promotion(ResultSet rs) throws SQLException {
        String decision = rs.getString(13);
        Timestamp decidedAt = rs.getTimestamp(17);
        DecisionRecord record = decision == null ? null : new DecisionRecord(decision, rs.getObject(14, LocalDate.class),
                rs.getString(15), rs.getString(16), decidedAt == null ? null : decidedAt.toInstant());
        return new PromotionDetails(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(6), PromotionStatus.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class),
                rs.getString(9), rs.getString(10), rs.getObject(11, UUID.class), recommendation(rs.getString(12)), List.of(),
                List.of(), record, rs.getLong(18));
    }

    private static CalibrationChange change(ResultSet rs) throws SQLException {
        return new CalibrationChange(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), recommendation(rs.getString(5)), Recommendation.valueOf(rs.getString(6)), rs.getString(7));
    }

    private static Recommendation recommendation(String name) {
        return name == null ? null : Recommendation.valueOf(name);
    }
}
