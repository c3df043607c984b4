package io.cadre.audit.query;

import io.cadre.pipeline.api.CalibrationOpened;
import io.cadre.pipeline.api.CandidateAccepted;
import io.cadre.pipeline.api.CandidateAdded;
import io.cadre.pipeline.api.CandidateHireRefused;
import io.cadre.pipeline.api.CandidateHired;
import io.cadre.pipeline.api.CandidateMoved;
import io.cadre.pipeline.api.PositionApproved;
import io.cadre.pipeline.api.PositionCancelled;
import io.cadre.pipeline.api.PositionFilled;
import io.cadre.pipeline.api.PositionFrozen;
import io.cadre.pipeline.api.PositionOpened;
import io.cadre.pipeline.api.PositionUnfrozen;
import io.cadre.pipeline.api.PromotionCalibrating;
import io.cadre.pipeline.api.PromotionDecided;
import io.cadre.pipeline.api.PromotionNominated;
import io.cadre.pipeline.api.PromotionRecommended;
import io.cadre.pipeline.api.PromotionWithdrawn;
import io.cadre.pipeline.api.SuccessionPlanned;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The talent pipeline's changes: positions through their statuses, candidates through their stages. A candidate's name
 * never enters an event, nor the timeline: a candidate is named by the position they are considered for.
 */
final class PipelineDescriber implements Describer {

    static final String POSITION = "POSITION";
    static final String CANDIDATE = "CANDIDATE";
    static final String PROMOTION = "PROMOTION";
    static final String CALIBRATION = "CALIBRATION";
    static final String SUCCESSION = "SUCCESSION";

    @Override
    public void describe(Descriptions d) {
        d.on(PositionOpened.class, (e, facts) -> {
            String name = e.title() + " in " + facts.name(e.teamId());
            Map<String, Object> attrs = new HashMap<>();
            attrs.put("teamId", e.teamId());
            attrs.put("status", "PROPOSED");
            facts.put(e.positionId(), POSITION, name, attrs);
            return Change.of(POSITION, e.positionId(), name, "A position " + name + " at " + e.level() + " was proposed")
                    .set("status", "PROPOSED").set("team", facts.name(e.teamId())).set("teamId", e.teamId()).set("level", e.level())
                    .set("title", e.title()).set("manager", facts.name(e.managerId())).set("managerId", e.managerId())
                    .set("targetStart", e.targetStart()).people(e.managerId()).teams(e.teamId());
        });
        d.on(PositionApproved.class, (e, facts) -> status(facts, e.positionId(), "APPROVED", "was approved"));
        d.on(PositionFrozen.class, (e, facts) -> status(facts, e.positionId(), "FROZEN", "was frozen"));
        d.on(PositionUnfrozen.class, (e, facts) -> status(facts, e.positionId(), "APPROVED", "was unfrozen"));
        d.on(PositionCancelled.class, (e, facts) -> status(facts, e.positionId(), "CANCELLED", "was cancelled"));
        d.on(PositionFilled.class, (e, facts) -> status(facts, e.positionId(), "FILLED", "was filled by an accepted candidate")
                .set("candidateId", e.candidateId()).set("personId", e.personId()).people(e.personId()));
        d.on(CandidateAdded.class, (e, facts) -> {
            String name = candidate(facts, e.positionId());
            facts.put(e.candidateId(), CANDIDATE, name, Map.of("positionId", e.positionId(), "stage", "SOURCED"));
            return Change.of(CANDIDATE, e.candidateId(), name, "A candidate" + (e.source() == null ? "" : " from " + e.source())
                            + " was added to the position " + facts.name(e.positionId()))
                    .set("stage", "SOURCED").set("source", e.source()).set("positionId", e.positionId())
                    .teams(facts.uuidAttr(e.positionId(), "teamId"));
        });
        d.on(CandidateMoved.class, (e, facts) -> stage(facts, e.candidateId(), e.positionId(), String.valueOf(e.to()),
                "moved from " + e.from() + " to " + e.to()));
        d.on(CandidateAccepted.class, (e, facts) -> stage(facts, e.candidateId(), e.positionId(), "ACCEPTED",
                "accepted the offer, to start on " + e.startDate()).set("startDate", e.startDate()).set("personId", e.personId()));
        d.on(CandidateHired.class, (e, facts) -> {
            String name = facts.name(e.candidateId());
            String person = facts.name(e.personId());
            return Change.of(CANDIDATE, e.candidateId(), name, "The " + lower(name) + " was hired as " + person)
                    .field("personId", null, e.personId()).people(e.personId()).teams(facts.uuidAttr(e.positionId(), "teamId"));
        });
        d.on(CandidateHireRefused.class, (e, facts) -> {
            String name = facts.name(e.candidateId());
            return Change.of(CANDIDATE, e.candidateId(), name, "The hire of the " + lower(name)
                            + " was refused: " + e.problem())
                    .set("hireProblem", e.problem()).teams(facts.uuidAttr(e.positionId(), "teamId"));
        });
        talent(d);
    }

    /** Promotion cases, calibration sessions and succession plans: the people they concern are named, evidence is not copied. */
    private static void talent(Descriptions d) {
        d.on(PromotionNominated.class, (e, facts) -> {
            String name = "Promotion of " + facts.name(e.personId()) + " to " + e.targetLevel();
            facts.put(e.promotionId(), PROMOTION, name, Map.of("personId", e.personId(), "status", "NOMINATED"));
            return Change.of(PROMOTION, e.promotionId(), name, facts.name(e.personId()) + " was nominated for " + e.targetLevel()
                            + " (from " + e.fromLevel() + ", ladder version " + e.ladderVersion() + ")")
                    .set("status", "NOMINATED").set("fromLevel", e.fromLevel()).set("targetLevel", e.targetLevel())
                    .set("kind", e.kind()).set("ladderVersion", e.ladderVersion()).people(e.personId());
        });
        d.on(PromotionCalibrating.class, (e, facts) -> promotionStatus(facts, e.promotionId(), "IN_CALIBRATION",
                "went into calibration").set("sessionId", e.sessionId()));
        d.on(PromotionWithdrawn.class, (e, facts) -> promotionStatus(facts, e.promotionId(), "WITHDRAWN", "was withdrawn"));
        d.on(PromotionDecided.class, (e, facts) -> promotionStatus(facts, e.promotionId(), String.valueOf(e.decision()),
                "was decided: " + String.valueOf(e.decision()).toLowerCase(java.util.Locale.ROOT)
                        + ", effective " + e.effectiveDate()));
        d.on(CalibrationOpened.class, (e, facts) -> {
            facts.put(e.sessionId(), CALIBRATION, e.name(), Map.of());
            return Change.of(CALIBRATION, e.sessionId(), e.name(), "The calibration session " + e.name() + " was opened for "
                            + e.date() + " with " + e.promotionIds().size() + (e.promotionIds().size() == 1 ? " case" : " cases"))
                    .set("date", e.date()).set("cases", e.promotionIds().size());
        });
        d.on(PromotionRecommended.class, (e, facts) -> {
            String name = facts.name(e.promotionId());
            return Change.of(PROMOTION, e.promotionId(), name, "In " + facts.name(e.sessionId()) + ", the recommendation for the "
                            + lower(name) + " went from " + (e.from() == null ? "none" : e.from()) + " to " + e.to())
                    .field("recommendation", e.from(), e.to()).people(facts.uuidAttr(e.promotionId(), "personId"));
        });
        d.on(SuccessionPlanned.class, (e, facts) -> {
            String person = facts.name(e.personId());
            String old = facts.attr(e.personId(), "successionRisk");
            facts.update(e.personId(), null, Map.of("successionRisk", String.valueOf(e.risk())));
            String successors = e.successors().isEmpty() ? "no successor" : e.successors().stream()
                    .map(s -> facts.name(s.personId()) + " (" + s.readiness() + ")").collect(java.util.stream.Collectors.joining(", "));
            UUID[] people = java.util.stream.Stream.concat(java.util.stream.Stream.of(e.personId()),
                    e.successors().stream().map(s -> s.personId())).toArray(UUID[]::new);
            return Change.of(SUCCESSION, e.personId(), person, "Succession for " + person + ": risk " + e.risk() + ", " + successors)
                    .field("risk", old, String.valueOf(e.risk())).set("successors", successors).people(people);
        });
    }

    private static Change promotionStatus(Facts facts, UUID promotionId, String status, String what) {
        String name = facts.name(promotionId);
        String old = facts.attr(promotionId, "status");
        facts.update(promotionId, null, Map.of("status", status));
        return Change.of(PROMOTION, promotionId, name, "The " + lower(name) + " " + what).field("status", old, status)
                .people(facts.uuidAttr(promotionId, "personId"));
    }

    /** "Candidate for ..." as it reads inside a sentence. */
    private static String lower(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String candidate(Facts facts, UUID positionId) {
        return "Candidate for " + facts.name(positionId);
    }

    private static Change status(Facts facts, UUID positionId, String status, String what) {
        String name = facts.name(positionId);
        String old = facts.attr(positionId, "status");
        facts.update(positionId, null, Map.of("status", status));
        return Change.of(POSITION, positionId, name, "The position " + name + " " + what).field("status", old, status)
                .teams(facts.uuidAttr(positionId, "teamId"));
    }

    private static Change stage(Facts facts, UUID candidateId, UUID positionId, String stage, String what) {
        String name = facts.name(candidateId);
        String old = facts.attr(candidateId, "stage");
        facts.update(candidateId, null, Map.of("stage", stage));
        return Change.of(CANDIDATE, candidateId, name, "The " + lower(name) + " " + what)
                .field("stage", old, stage).teams(facts.uuidAttr(positionId, "teamId"));
    }
}
