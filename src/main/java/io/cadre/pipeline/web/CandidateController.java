package io.cadre.pipeline.web;

import io.cadre.pipeline.api.CandidateDetails;
import io.cadre.pipeline.api.GetCandidate;
import io.cadre.pipeline.api.MoveCandidate;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.web.EffectiveDates;
import io.cadre.platform.web.Versions;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Moves candidates through the stages of their candidacy and shows one with every move. */
@RestController
@RequestMapping("/api/candidates")
class CandidateController {

    private final Commands commands;
    private final Queries queries;
    private final EffectiveDates dates;

    CandidateController(Commands commands, Queries queries, EffectiveDates dates) {
        this.commands = commands;
        this.queries = queries;
        this.dates = dates;
    }

    @PostMapping("/{id}/stage")
    ResponseEntity<Map<String, Object>> stage(@PathVariable UUID id, @RequestBody PipelineRequests.Stage body,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.send(new MoveCandidate(id, body.stage(), body.startDate(), dates.orToday(body.effectiveDate()),
                Versions.ifMatch(ifMatch)), id, body.reason());
        return Versions.changed(id, version);
    }

    @GetMapping("/{id}")
    ResponseEntity<CandidateDetails> candidate(@PathVariable UUID id) {
        CandidateDetails candidate = queries.ask(new GetCandidate(id), CandidateDetails.class);
        return ResponseEntity.ok().eTag(Versions.etag(candidate.version())).body(candidate);
    }
}
