package io.cadre.audit.query;

import io.cadre.planning.api.ChangePlanned;
import io.cadre.planning.api.CheckInRecorded;
import io.cadre.planning.api.PlannedChangeApplied;
import io.cadre.planning.api.PlannedChangeDropped;
import io.cadre.planning.api.PlannedChangeRevised;
import io.cadre.planning.api.ScenarioCreated;
import io.cadre.planning.api.KeyResult;
import io.cadre.planning.api.KeyResultAdded;
import io.cadre.planning.api.NeededPositionAdded;
import io.cadre.planning.api.NeededPositionRemoved;
import io.cadre.planning.api.KeyResultRevised;
import io.cadre.planning.api.ObjectiveAligned;
import io.cadre.planning.api.ObjectiveStatusChanged;
import io.cadre.planning.api.ObjectiveWritten;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The team objectives' changes: objectives written, aligned and moved through their statuses; key results and check-ins.
 * Scenarios: started, and their changes planned, dropped and applied (a plan's own facts, never the org's).
 */
final class PlanningDescriber implements Describer {

    static final String OBJECTIVE = "OBJECTIVE";
    static final String KEY_RESULT = "KEY_RESULT";
    static final String SCENARIO = "SCENARIO";

    @Override
    public void describe(Descriptions d) {
        scenarios(d);
        d.on(ObjectiveWritten.class, (e, facts) -> {
            String team = facts.name(e.teamId());
            Map<String, Object> attrs = new HashMap<>();
            attrs.put("teamId", e.teamId());
            attrs.put("status", "DRAFT");
            attrs.put("parentId", e.parentId());
            facts.put(e.objectiveId(), OBJECTIVE, e.title(), attrs);
            e.keyResults().forEach(kr -> keyResult(facts, e.objectiveId(), kr));
            return Change.of(OBJECTIVE, e.objectiveId(), e.title(), team + " wrote the objective \"" + e.title() + "\" for " + e.period())
                    .set("status", "DRAFT").set("team", team).set("teamId", e.teamId()).set("period", e.period())
                    .set("title", e.title()).set("parent", facts.name(e.parentId())).set("parentId", e.parentId())
                    .set("carriedFrom", e.carriedFrom()).set("keyResults", e.keyResults().stream().map(KeyResult::title).toList())
                    .teams(e.teamId());
        });
        d.on(NeededPositionAdded.class, (e, facts) -> {
            String name = facts.name(e.objectiveId());
            return Change.of(OBJECTIVE, e.objectiveId(), name, "\"" + name + "\" now needs the position " + facts.name(e.positionId()))
                    .field("neededPosition", null, facts.name(e.positionId())).field("positionId", null, e.positionId())
                    .teams(facts.uuidAttr(e.objectiveId(), "teamId"));
        });
        d.on(NeededPositionRemoved.class, (e, facts) -> {
            String name = facts.name(e.objectiveId());
            return Change.of(OBJECTIVE, e.objectiveId(), name, "\"" + name + "\" no longer needs the position "
                            + facts.name(e.positionId()))
                    .field("neededPosition", facts.name(e.positionId()), null).field("positionId", e.positionId(), null)
                    .teams(facts.uuidAttr(e.objectiveId(), "teamId"));
        });
        d.on(ObjectiveAligned.class, (e, facts) -> {
            String name = facts.name(e.objectiveId());
            UUID old = facts.uuidAttr(e.objectiveId(), "parentId");
            facts.update(e.objectiveId(), null, OrgDescriber.nullable("parentId", e.parentId()));
            String summary = e.parentId() == null ? "\"" + name + "\" is no longer aligned under another objective"
                    : "\"" + name + "\" was aligned under \"" + facts.name(e.parentId()) + "\"";
            return Change.of(OBJECTIVE, e.objectiveId(), name, summary).field("parent", facts.name(old), facts.name(e.parentId()))
                    .field("parentId", old, e.parentId()).teams(facts.uuidAttr(e.objectiveId(), "teamId"));
        });
        d.on(ObjectiveStatusChanged.class, (e, facts) -> {
            String name = facts.name(e.objectiveId());
            facts.update(e.objectiveId(), null, Map.of("status", e.to()));
            return Change.of(OBJECTIVE, e.objectiveId(), name, "\"" + name + "\" went from " + e.from() + " to " + e.to())
                    .field("status", e.from(), e.to()).teams(facts.uuidAttr(e.objectiveId(), "teamId"));
        });
        d.on(KeyResultAdded.class, (e, facts) -> {
            String name = facts.name(e.objectiveId());
            keyResult(facts, e.objectiveId(), e.keyResult());
            KeyResult kr = e.keyResult();
            return Change.of(OBJECTIVE, e.objectiveId(), name, "\"" + name + "\" got the key result \"" + kr.title() + "\"")
                    .set("keyResult", kr.title()).set("keyResultId", kr.keyResultId()).set("unit", kr.unit())
                    .set("start", kr.start()).set("target", kr.target()).teams(facts.uuidAttr(e.objectiveId(), "teamId"));
        });
        d.on(KeyResultRevised.class, (e, facts) -> {
            String name = facts.name(e.objectiveId());
            KeyResult kr = e.keyResult();
            Facts.Subject old = facts.get(kr.keyResultId());
            keyResult(facts, e.objectiveId(), kr);
            Change change = Change.of(OBJECTIVE, e.objectiveId(), name, "The key result \"" + kr.title() + "\" of \"" + name + "\" was revised")
                    .set("keyResultId", kr.keyResultId());
            if (old == null || !java.util.Objects.equals(kr.title(), old.name())) {
                change.field("keyResult", old == null ? null : old.name(), kr.title());
            }
            compare(change, old, "unit", kr.unit());
            compare(change, old, "start", kr.start());
            compare(change, old, "target", kr.target());
            return change.teams(facts.uuidAttr(e.objectiveId(), "teamId"));
        });
        d.on(CheckInRecorded.class, (e, facts) -> {
            String name = facts.name(e.objectiveId());
            String kr = facts.name(e.keyResultId());
            String old = facts.attr(e.keyResultId(), "current");
            facts.update(e.keyResultId(), null, OrgDescriber.nullable("current", plain(e.value())));
            return Change.of(OBJECTIVE, e.objectiveId(), name, "Check-in on \"" + kr + "\": " + plain(e.value()) + ", "
                            + String.valueOf(e.confidence()).toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .set("keyResult", kr).set("keyResultId", e.keyResultId()).field("value", old, plain(e.value()))
                    .set("confidence", e.confidence()).set("note", e.note()).teams(facts.uuidAttr(e.objectiveId(), "teamId"));
        });
    }

    private static void scenarios(Descriptions d) {
        d.on(ScenarioCreated.class, (e, facts) -> {
            facts.put(e.scenarioId(), SCENARIO, e.name(), Map.of());
            return Change.of(SCENARIO, e.scenarioId(), e.name(), "The scenario \"" + e.name() + "\" was started from " + e.baseDate())
                    .set("name", e.name()).set("baseDate", e.baseDate()).set("rootTeamId", e.rootTeamId()).set("owner", e.owner());
        });
        d.on(ChangePlanned.class, (e, facts) -> {
            String name = facts.name(e.scenarioId());
            return Change.of(SCENARIO, e.scenarioId(), name, "\"" + name + "\" plans " + e.change().type() + " on "
                            + e.change().effectiveDate())
                    .set("changeId", e.changeId()).set("type", e.change().type()).set("plannedFor", e.change().effectiveDate());
        });
        d.on(PlannedChangeRevised.class, (e, facts) -> {
            String name = facts.name(e.scenarioId());
            return Change.of(SCENARIO, e.scenarioId(), name, "\"" + name + "\" edited a planned change: now " + e.change().type() + " on "
                            + e.change().effectiveDate())
                    .set("changeId", e.changeId()).set("type", e.change().type()).set("plannedFor", e.change().effectiveDate());
        });
        d.on(PlannedChangeDropped.class, (e, facts) -> {
            String name = facts.name(e.scenarioId());
            return Change.of(SCENARIO, e.scenarioId(), name, "\"" + name + "\" dropped a planned change").set("changeId", e.changeId());
        });
        d.on(PlannedChangeApplied.class, (e, facts) -> {
            String name = facts.name(e.scenarioId());
            return Change.of(SCENARIO, e.scenarioId(), name, "\"" + name + "\" applied a planned change to the live org")
                    .set("changeId", e.changeId());
        });
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static void keyResult(Facts facts, UUID objectiveId, KeyResult kr) {
        Facts.Subject old = facts.get(kr.keyResultId());
        Map<String, Object> attrs = new HashMap<>(old == null ? Map.of() : old.attrs());
        attrs.put("objectiveId", objectiveId);
        attrs.put("unit", kr.unit());
        attrs.put("start", kr.start() == null ? null : kr.start().toPlainString());
        attrs.put("target", kr.target() == null ? null : kr.target().toPlainString());
        facts.put(kr.keyResultId(), KEY_RESULT, kr.title(), attrs);
    }

    private static void compare(Change change, Facts.Subject old, String field, Object now) {
        String was = old == null ? null : old.attr(field);
        String is = now == null ? null : now instanceof java.math.BigDecimal n ? n.toPlainString() : now.toString();
        if (!java.util.Objects.equals(was, is)) {
            change.field(field, was, is);
        }
    }
}
