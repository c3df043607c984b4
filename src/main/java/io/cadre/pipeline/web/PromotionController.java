package io.cadre.pipeline.web;

import io.cadre.platform.web.Listings;
import io.cadre.pipeline.api.DecidePromotion;
import io.cadre.pipeline.api.FindPromotions;
import io.cadre.pipeline.api.GetPromotion;
import io.cadre.pipeline.api.NominatePromotion;
import io.cadre.pipeline.api.PromotionDetails;
import io.cadre.pipeline.api.PromotionPage;
import io.cadre.pipeline.api.PromotionStatus;
import io.cadre.pipeline.api.WithdrawPromotion;
import io.cadre.pipeline.service.PromotionScope;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.web.EffectiveDates;
import io.cadre.platform.web.Versions;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Nominates people for promotion, decides and withdraws cases, and lists them (as JSON or CSV). */
@RestController
@RequestMapping("/api/promotions")
class PromotionController {

    private static final int MAX_PAGE_SIZE = 200;

    private final Commands commands;
    private final Queries queries;
    private final EffectiveDates dates;
    private final PromotionScope scope;

    PromotionController(Commands commands, Queries queries, EffectiveDates dates, PromotionScope scope) {
        this.commands = commands;
        this.queries = queries;
        this.dates = dates;
        this.scope = scope;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> nominate(@RequestBody PromotionRequests.Nominate body) {
        UUID id = UUID.randomUUID();
        long version = commands.send(new NominatePromotion(id, body.personId(), body.targetLevel(), body.evidence(),
                dates.orToday(body.effectiveDate())), id, body.reason());
        return Versions.created(URI.create("/api/promotions/" + id), id, version);
    }

    @PostMapping("/{id}/decide")
    ResponseEntity<Map<String, Object>> decide(@PathVariable UUID id, @RequestBody PromotionRequests.Decide body,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return Versions.changed(id, commands.send(new DecidePromotion(id, body.decision(), dates.orToday(body.effectiveDate()),
                Versions.ifMatch(ifMatch)), id, body.reason()));
    }

    @PostMapping("/{id}/withdraw")
    ResponseEntity<Map<String, Object>> withdraw(@PathVariable UUID id, @RequestBody(required = false) PipelineRequests.Transition body,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PipelineRequests.Transition t = body == null ? PipelineRequests.Transition.NONE : body;
        return Versions.changed(id, commands.send(new WithdrawPromotion(id, dates.orToday(t.effectiveDate()), Versions.ifMatch(ifMatch)),
                id, t.reason()));
    }

    @GetMapping("/{id}")
    ResponseEntity<PromotionDetails> promotion(@PathVariable UUID id) {
        PromotionDetails promotion = queries.ask(new GetPromotion(id), PromotionDetails.class);
        if (!scope.maySee(promotion.personId())) {
            throw new NotAllowed("This promotion case is outside what you may see");
        }
        return ResponseEntity.ok().eTag(Versions.etag(promotion.version())).body(promotion);
    }

    @GetMapping
    ResponseEntity<?> find(@RequestParam(required = false) PromotionStatus status, @RequestParam(required = false) UUID personId,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                           @RequestParam(defaultValue = "json") String format) {
        List<FieldError> errors = new ArrayList<>();
        Listings.checkPage(page, size, MAX_PAGE_SIZE, errors);
        Listings.checkFormat(format, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        PromotionPage found = queries.ask(new FindPromotions(status, personId, page, size), PromotionPage.class);
        return Listings.answer(found, format, PromotionController::csv);
    }

    private static String csv(PromotionPage page) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("id", "personId", "fromLevel", "targetLevel", "kind", "ladderVersion", "status", "nominatedOn",
                    "recommendation", "decision", "decisionDate", "version");
            for (PromotionDetails p : page.items()) {
                printer.printRecord(p.id(), p.personId(), p.fromLevel(), p.targetLevel(), p.kind(), p.ladderVersion(), p.status(),
                        p.nominatedOn(), p.recommendation(), p.decision() == null ? null : p.decision().decision(),
                        p.decision() == null ? null : p.decision().effectiveDate(), p.version());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
