package io.cadre.pipeline.web;

import io.cadre.platform.web.Listings;
import io.cadre.pipeline.api.AddCandidate;
import io.cadre.pipeline.api.FindPositions;
import io.cadre.pipeline.api.GetPosition;
import io.cadre.pipeline.api.OpenPosition;
import io.cadre.pipeline.api.PositionPage;
import io.cadre.pipeline.api.PositionStatus;
import io.cadre.pipeline.api.PositionTransition;
import io.cadre.pipeline.api.PositionDetails;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.web.EffectiveDates;
import io.cadre.platform.web.Versions;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Opens positions, moves them through their statuses, adds candidates to them, and lists them (as JSON or CSV). */
@RestController
@RequestMapping("/api/positions")
class PositionController {

    private static final int MAX_PAGE_SIZE = 200;

    private final Commands commands;
    private final Queries queries;
    private final EffectiveDates dates;

    PositionController(Commands commands, Queries queries, EffectiveDates dates) {
        this.commands = commands;
        this.queries = queries;
        this.dates = dates;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> open(@RequestBody PipelineRequests.Open body) {
        UUID id = UUID.randomUUID();
        long version = commands.send(new OpenPosition(id, body.teamId(), body.level(), body.title(), body.managerId(),
                body.targetStart(), dates.orToday(body.effectiveDate())), id, body.reason());
        return Versions.created(URI.create("/api/positions/" + id), id, version);
    }

    /** Every transition a user sends, as the transition table names them: the last segment of the path says which. */
    @PostMapping({"/{id}/approve", "/{id}/freeze", "/{id}/unfreeze", "/{id}/cancel"})
    ResponseEntity<Map<String, Object>> transition(@PathVariable UUID id, @RequestBody(required = false) PipelineRequests.Transition body,
                                                   @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                   HttpServletRequest request) {
        String uri = request.getRequestURI();
        PositionTransition transition = PositionTransition.ofPath(uri.substring(uri.lastIndexOf('/') + 1));
        PipelineRequests.Transition t = body == null ? PipelineRequests.Transition.NONE : body;
        return send(id, transition.command(id, dates.orToday(t.effectiveDate()), Versions.ifMatch(ifMatch)), t.reason());
    }

    @PostMapping("/{id}/candidates")
    ResponseEntity<Map<String, Object>> addCandidate(@PathVariable UUID id, @RequestBody PipelineRequests.Candidate body) {
        UUID candidateId = UUID.randomUUID();
        long version = commands.send(new AddCandidate(candidateId, id, body.name(), body.email(), body.source(),
                dates.orToday(body.effectiveDate())), candidateId, body.reason());
        return Versions.created(URI.create("/api/candidates/" + candidateId), candidateId, version);
    }

    @GetMapping("/{id}")
    ResponseEntity<PositionDetails> position(@PathVariable UUID id) {
        PositionDetails position = queries.ask(new GetPosition(id), PositionDetails.class);
        return ResponseEntity.ok().eTag(Versions.etag(position.version())).body(position);
    }

    @GetMapping
    ResponseEntity<?> find(@RequestParam(required = false) UUID teamId, @RequestParam(required = false) PositionStatus status,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                           @RequestParam(required = false) Integer minAgeDays,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                           @RequestParam(defaultValue = "json") String format) {
        List<FieldError> errors = new ArrayList<>();
        Listings.checkPage(page, size, MAX_PAGE_SIZE, errors);
        if (minAgeDays != null && minAgeDays < 0) {
            errors.add(new FieldError("minAgeDays", "must be 0 or more"));
        }
        Listings.checkFormat(format, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        PositionPage found = queries.ask(new FindPositions(teamId, status, EffectiveDates.plausible("asOf", asOf), minAgeDays, page, size),
                PositionPage.class);
        return Listings.answer(found, format, PositionController::csv);
    }

    private static String csv(PositionPage page) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("id", "teamId", "level", "title", "managerId", "targetStart", "status", "openedOn", "approvedOn",
                    "filledOn", "filledBy", "cancelledOn", "ageDays", "timeToFillDays", "version");
            for (PositionDetails p : page.items()) {
                printer.printRecord(p.id(), p.teamId(), p.level(), p.title(), p.managerId(), p.targetStart(), p.status(),
                        p.openedOn(), p.approvedOn(), p.filledOn(), p.filledBy(), p.cancelledOn(), p.ageDays(), p.timeToFillDays(), p.version());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private ResponseEntity<Map<String, Object>> send(UUID id, Object command, String reason) {
        return Versions.changed(id, commands.send(command, id, reason));
    }
}
