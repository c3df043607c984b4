package io.cadre.pipeline.web;

import io.cadre.pipeline.api.CalibrationDetails;
import io.cadre.pipeline.api.CalibrationPage;
import io.cadre.pipeline.api.CalibrationSummary;
import io.cadre.pipeline.api.FindCalibrations;
import io.cadre.pipeline.api.GetCalibration;
import io.cadre.pipeline.api.OpenCalibration;
import io.cadre.pipeline.api.RecommendPromotion;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.web.EffectiveDates;
import io.cadre.platform.web.Listings;
import io.cadre.platform.web.Versions;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Opens calibration sessions over promotion cases, records their recommendations, and lists and shows them. */
@RestController
@RequestMapping("/api/calibrations")
class CalibrationController {

    private static final int MAX_PAGE_SIZE = 200;

    private final Commands commands;
    private final Queries queries;
    private final EffectiveDates dates;

    CalibrationController(Commands commands, Queries queries, EffectiveDates dates) {
        this.commands = commands;
        this.queries = queries;
        this.dates = dates;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> open(@RequestBody PromotionRequests.Calibration body) {
        UUID id = UUID.randomUUID();
        long version = commands.send(new OpenCalibration(id, body.name(), EffectiveDates.plausible("date", body.date()),
                body.promotionIds(), dates.orToday(body.effectiveDate())), id, body.reason());
        return Versions.created(URI.create("/api/calibrations/" + id), id, version);
    }

    @PostMapping("/{id}/recommendations")
    ResponseEntity<Map<String, Object>> recommend(@PathVariable UUID id, @RequestBody PromotionRequests.Recommend body) {
        if (body.reason() == null || body.reason().isBlank()) {
            throw InvalidInput.of("reason", "say why the recommendation changes");
        }
        return Versions.changed(id, commands.send(new RecommendPromotion(id, body.promotionId(), body.recommendation(),
                dates.orToday(body.effectiveDate())), id, body.reason()));
    }

    @GetMapping
    ResponseEntity<?> find(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                           @RequestParam(defaultValue = "json") String format) {
        List<FieldError> errors = new ArrayList<>();
        Listings.checkPage(page, size, MAX_PAGE_SIZE, errors);
        Listings.checkFormat(format, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Listings.answer(queries.ask(new FindCalibrations(page, size), CalibrationPage.class), format, CalibrationController::csv);
    }

    private static String csv(CalibrationPage page) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("id", "name", "date", "cases", "openCases", "version");
            for (CalibrationSummary session : page.items()) {
                printer.printRecord(session.id(), session.name(), session.date(), session.cases(), session.openCases(), session.version());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @GetMapping("/{id}")
    ResponseEntity<CalibrationDetails> calibration(@PathVariable UUID id) {
        CalibrationDetails session = queries.ask(new GetCalibration(id), CalibrationDetails.class);
        return ResponseEntity.ok().eTag(Versions.etag(session.version())).body(session);
    }
}
