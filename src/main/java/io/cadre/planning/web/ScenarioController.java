package io.cadre.planning.web;

import io.cadre.planning.api.AppliedChange;
import io.cadre.planning.api.PlannedPosition;
import io.cadre.planning.api.ScenarioChart;
import io.cadre.planning.api.ScenarioComparison;
import io.cadre.planning.api.ScenarioConflict;
import io.cadre.planning.api.ScenarioDetails;
import io.cadre.planning.api.ScenarioImpact;
import io.cadre.planning.service.PlanVersusActual;
import io.cadre.planning.service.ScenarioAccess;
import io.cadre.planning.service.ScenarioPlanner;
import io.cadre.planning.service.ScenarioViews;
import io.cadre.platform.web.EffectiveDates;
import io.cadre.platform.web.Versions;
import io.cadre.shared.InvalidInput;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Scenarios: plans over the live org, their changes checked by the org's rules, their chart, impact, conflicts and apply. */
@RestController
@RequestMapping("/api/scenarios")
class ScenarioController {

    private final ScenarioPlanner planner;
    private final ScenarioViews views;
    private final ScenarioAccess access;
    private final PlanVersusActual planVersusActual;
    private final EffectiveDates dates;

    ScenarioController(ScenarioPlanner planner, ScenarioViews views, ScenarioAccess access, PlanVersusActual planVersusActual,
                       EffectiveDates dates) {
        this.planner = planner;
        this.views = views;
        this.access = access;
        this.planVersusActual = planVersusActual;
        this.dates = dates;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody ScenarioRequests.Create body) {
        Map<String, Object> created = planner.create(body.name(), dates.orToday(body.baseDate()), body.rootTeamId(), body.reason());
        UUID id = (UUID) created.get("id");
        return Versions.created(URI.create("/api/scenarios/" + id), id, (Long) created.get("version"));
    }

    @GetMapping
    Map<String, Object> list() {
        List<ScenarioDetails> all = access.scenarios();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", all);
        answer.put("page", 0);
        answer.put("size", all.size());
        answer.put("total", all.size());
        return answer;
    }

    @GetMapping("/{id}")
    ResponseEntity<ScenarioDetails> scenario(@PathVariable UUID id) {
        ScenarioDetails scenario = access.scenario(id);
        return ResponseEntity.ok().eTag(Versions.etag(scenario.version())).body(scenario);
    }

    @PostMapping("/{id}/changes")
    ResponseEntity<Map<String, Object>> plan(@PathVariable UUID id, @RequestBody ScenarioRequests.Change body) {
        Map<String, Object> planned = planner.plan(id, body.planned());
        return ResponseEntity.created(URI.create("/api/scenarios/" + id)).eTag(Versions.etag((Long) planned.get("version")))
                .body(planned);
    }

    /** Edits a change still planned: the same body as planning one; it keeps its id and place (200, or 409 as planning). */
    @PutMapping("/{id}/changes/{changeId}")
    ResponseEntity<Map<String, Object>> revise(@PathVariable UUID id, @PathVariable UUID changeId, @RequestBody ScenarioRequests.Change body) {
        return Versions.changed(changeId, planner.revise(id, changeId, body.planned()));
    }

    @DeleteMapping("/{id}/changes/{changeId}")
    ResponseEntity<Map<String, Object>> drop(@PathVariable UUID id, @PathVariable UUID changeId) {
        return Versions.changed(id, planner.drop(id, changeId));
    }

    @GetMapping("/{id}/org-chart")
    ScenarioChart chart(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return views.chart(id, dates.orToday(EffectiveDates.plausible("asOf", asOf)));
    }

    @GetMapping("/{id}/impact")
    ScenarioImpact impact(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return views.impact(id, dates.orToday(EffectiveDates.plausible("asOf", asOf)));
    }

    @GetMapping("/{id}/compare")
    ScenarioComparison compare(@PathVariable UUID id, @RequestParam(required = false) UUID with,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return views.compare(id, with, dates.orToday(EffectiveDates.plausible("asOf", asOf)));
    }

    @GetMapping("/{id}/conflicts")
    List<ScenarioConflict> conflicts(@PathVariable UUID id) {
        return views.conflicts(id);
    }

    @GetMapping("/{id}/plan-vs-actual")
    List<PlannedPosition> planVersusActual(@PathVariable UUID id) {
        return planVersusActual.of(id);
    }

    @PostMapping("/{id}/apply")
    List<AppliedChange> apply(@PathVariable UUID id, @RequestBody ScenarioRequests.Apply body) {
        if (body == null) {
            throw InvalidInput.of("changeIds", "choose at least one planned change");
        }
        return planner.apply(id, body.changeIds());
    }
}
