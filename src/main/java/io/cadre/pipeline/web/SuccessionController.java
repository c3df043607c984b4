package io.cadre.pipeline.web;

import io.cadre.pipeline.api.CriticalRole;
import io.cadre.pipeline.api.GetSuccession;
import io.cadre.pipeline.api.GetSuccessionCoverage;
import io.cadre.pipeline.api.PlanSuccession;
import io.cadre.pipeline.api.SuccessionCoverage;
import io.cadre.pipeline.api.SuccessionDetails;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.web.EffectiveDates;
import io.cadre.platform.web.Versions;
import io.cadre.shared.InvalidInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sets and reads a person's succession plan, and answers the succession coverage of the critical roles. */
@RestController
class SuccessionController {

    private final Commands commands;
    private final Queries queries;
    private final EffectiveDates dates;

    SuccessionController(Commands commands, Queries queries, EffectiveDates dates) {
        this.commands = commands;
        this.queries = queries;
        this.dates = dates;
    }

    @PutMapping("/api/people/{id}/succession")
    ResponseEntity<Map<String, Object>> plan(@PathVariable UUID id, @RequestBody PipelineRequests.Succession body,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        UUID plan = PlanSuccession.planOf(id);
        long version = commands.send(new PlanSuccession(plan, id, body.risk(), body.successors() == null ? List.of() : body.successors(),
                dates.orToday(body.effectiveDate()), Versions.ifMatch(ifMatch)), plan, body.reason());
        return Versions.changed(id, version);
    }

    @GetMapping("/api/people/{id}/succession")
    ResponseEntity<SuccessionDetails> plan(@PathVariable UUID id) {
        SuccessionDetails plan = queries.ask(new GetSuccession(id), SuccessionDetails.class);
        return plan.version() < 0 ? ResponseEntity.ok(plan) : ResponseEntity.ok().eTag(Versions.etag(plan.version())).body(plan);
    }

    @GetMapping("/api/succession/coverage")
    ResponseEntity<?> coverage(@RequestParam(required = false) UUID teamId, @RequestParam(defaultValue = "json") String format) {
        if (!format.equals("json") && !format.equals("csv")) {
            throw InvalidInput.of("format", "must be json or csv");
        }
        SuccessionCoverage coverage = queries.ask(new GetSuccessionCoverage(teamId), SuccessionCoverage.class);
        if (format.equals("json")) {
            return ResponseEntity.ok(coverage);
        }
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("personId", "name", "title", "teamId", "risk", "leads", "successors", "nearest");
            for (CriticalRole r : coverage.uncovered()) {
                printer.printRecord(r.personId(), r.name(), r.title(), r.teamId(), r.risk(), String.join("; ", r.leads()),
                        r.successors(), r.nearest());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8")).body(out.toString());
    }
}
