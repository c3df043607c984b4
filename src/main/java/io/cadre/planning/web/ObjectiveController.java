package io.cadre.planning.web;

import io.cadre.platform.web.Listings;
import io.cadre.planning.api.AddKeyResult;
import io.cadre.planning.api.AlignObjective;
import io.cadre.planning.api.AlignmentTree;
import io.cadre.planning.api.ChangeObjectiveStatus;
import io.cadre.planning.api.FindObjectives;
import io.cadre.planning.api.FindObjectivesPage;
import io.cadre.planning.api.ObjectivePage;
import io.cadre.planning.api.GetAlignmentTree;
import io.cadre.planning.api.GetObjective;
import io.cadre.planning.api.GetObjectiveHistory;
import io.cadre.planning.api.ObjectiveChange;
import io.cadre.planning.api.NextPeriodPlan;
import io.cadre.planning.api.ObjectiveDetails;
import io.cadre.planning.api.PlanNextPeriod;
import io.cadre.planning.service.NextPeriodPlanner;
import io.cadre.planning.api.Period;
import io.cadre.planning.api.RecordCheckIn;
import io.cadre.planning.api.ReviseKeyResult;
import io.cadre.planning.api.WriteObjective;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.web.EffectiveDates;
import io.cadre.platform.web.Versions;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Writes objectives, moves them through their statuses, changes and checks in on their key results, and shows them. */
@RestController
@RequestMapping("/api/objectives")
class ObjectiveController {

    private static final int MAX_PAGE_SIZE = 200;

    private final Commands commands;
    private final Queries queries;
    private final EffectiveDates dates;
    private final NextPeriodPlanner planner;

    ObjectiveController(Commands commands, Queries queries, EffectiveDates dates, NextPeriodPlanner planner) {
        this.commands = commands;
        this.queries = queries;
        this.dates = dates;
        this.planner = planner;
    }

    @PostMapping("/plan-next")
    NextPeriodPlan planNext(@RequestBody ObjectiveRequests.PlanNext body) {
        if (body.reason() != null && body.reason().length() > 2000) {
            throw InvalidInput.of("reason", "size must be between 0 and 2000");
        }
        return planner.plan(new PlanNextPeriod(body.teamId(), body.period() == null ? null : Period.parse("period", body.period()).toString(),
                !Boolean.FALSE.equals(body.includeSubteams())), body.reason());
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> write(@RequestBody ObjectiveRequests.Write body) {
        UUID id = UUID.randomUUID();
        long version = commands.send(new WriteObjective(id, body.teamId(), body.period(), body.title(), body.description(),
                body.parentId(), null, body.keyResults() == null ? List.of() : body.keyResults(), dates.orToday(body.effectiveDate())),
                id, body.reason());
        return Versions.created(URI.create("/api/objectives/" + id), id, version);
    }

    @GetMapping
    ResponseEntity<?> find(@RequestParam(required = false) UUID teamId, @RequestParam(required = false) String period,
                           @RequestParam(defaultValue = "false") boolean includeSubteams,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                           @RequestParam(defaultValue = "json") String format) {
        List<FieldError> errors = new ArrayList<>();
        Listings.checkPage(page, size, MAX_PAGE_SIZE, errors);
        Listings.checkFormat(format, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String periodCode = period == null ? null : Period.parse("period", period).toString();
        LocalDate on = EffectiveDates.plausible("asOf", asOf);
        if (format.equals("csv")) {
            List<ObjectiveDetails> all = queries.askList(new FindObjectives(teamId, periodCode, includeSubteams, on), ObjectiveDetails.class);
            return ResponseEntity.ok().contentType(new MediaType("text", "csv")).body(ObjectivesCsv.of(all));
        }
        ObjectivePage found = queries.ask(new FindObjectivesPage(teamId, periodCode, includeSubteams, on, page, size), ObjectivePage.class);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", found.items());
        answer.put("page", page);
        answer.put("size", size);
        answer.put("total", found.total());
        return ResponseEntity.ok(answer);
    }

    @GetMapping("/alignment")
    AlignmentTree alignment(@RequestParam(required = false) String period, @RequestParam(required = false) UUID rootTeamId,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate date = dates.orToday(EffectiveDates.plausible("asOf", asOf));
        String asked = period != null ? Period.parse("period", period).toString() : Period.quarterOf(date).toString();
        return queries.ask(new GetAlignmentTree(asked, rootTeamId, date), AlignmentTree.class);
    }

    @GetMapping("/{id}")
    ResponseEntity<ObjectiveDetails> objective(@PathVariable UUID id,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        ObjectiveDetails objective = queries.ask(new GetObjective(id, EffectiveDates.plausible("asOf", asOf)), ObjectiveDetails.class);
        return ResponseEntity.ok().eTag(Versions.etag(objective.version())).body(objective);
    }

    @GetMapping("/{id}/history")
    List<ObjectiveChange> history(@PathVariable UUID id) {
        objective(id, null);
        return queries.askList(new GetObjectiveHistory(id), ObjectiveChange.class);
    }

    @PostMapping("/{id}/status")
    ResponseEntity<Map<String, Object>> status(@PathVariable UUID id, @RequestBody ObjectiveRequests.Status body,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return send(id, new ChangeObjectiveStatus(id, body.status(), dates.orToday(body.effectiveDate()), Versions.ifMatch(ifMatch)),
                body.reason());
    }

    @PostMapping("/{id}/align")
    ResponseEntity<Map<String, Object>> align(@PathVariable UUID id, @RequestBody ObjectiveRequests.Align body,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return send(id, new AlignObjective(id, body.parentId(), dates.orToday(body.effectiveDate()), Versions.ifMatch(ifMatch)),
                body.reason());
    }

    @PostMapping("/{id}/key-results")
    ResponseEntity<Map<String, Object>> addKeyResult(@PathVariable UUID id, @RequestBody ObjectiveRequests.KeyResult body,
                                                     @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        UUID keyResultId = UUID.randomUUID();
        long version = commands.send(new AddKeyResult(id, keyResultId, body.draft(), dates.orToday(body.effectiveDate()),
                Versions.ifMatch(ifMatch)), id, body.reason());
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(Map.of("id", id, "keyResultId", keyResultId, "version", version));
    }

    @PostMapping("/{id}/key-results/{keyResultId}")
    ResponseEntity<Map<String, Object>> reviseKeyResult(@PathVariable UUID id, @PathVariable UUID keyResultId,
                                                        @RequestBody ObjectiveRequests.KeyResult body,
                                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return send(id, new ReviseKeyResult(id, keyResultId, body.draft(), dates.orToday(body.effectiveDate()), Versions.ifMatch(ifMatch)),
                body.reason());
    }

    @PostMapping("/{id}/key-results/{keyResultId}/check-ins")
    ResponseEntity<Map<String, Object>> checkIn(@PathVariable UUID id, @PathVariable UUID keyResultId,
                                                @RequestBody ObjectiveRequests.CheckIn body) {
        return send(id, new RecordCheckIn(id, keyResultId, body.value(), body.confidence(), body.note(), dates.orToday(body.date())),
                body.reason());
    }

    private ResponseEntity<Map<String, Object>> send(UUID id, Object command, String reason) {
        return Versions.changed(id, commands.send(command, id, reason));
    }
}
